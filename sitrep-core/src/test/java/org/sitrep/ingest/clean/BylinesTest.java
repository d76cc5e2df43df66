package org.sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "by Rachel;Rachel",
        "By Anas al-Bar |;Anas al-Bar",
        "An article by Mehdi Beigi@ Radio Farda;Mehdi Beigi",
        "By John Smith, Reuters;John Smith",
        "Written by Jane Doe and Omar Abdel Rahman;Jane Doe and Omar Abdel Rahman",
        "Author: Lina Sinjab;Lina Sinjab",
        "BY Ahmed ibn Saleh - Staff writer;Ahmed ibn Saleh",
        "Story by Jean-Pierre Filiu for Le Monde;Jean-Pierre Filiu"
      })
  void readsTheAuthorOfABylines(String block, String author) {
    assertThat(Bylines.author(block)).contains(author);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "By January, ISIS had lost most of its territory.",
        "By 2015 the coalition had carried out thousands of strikes",
        "More articles by Mehdi Beigi and many other writers who cover the war in detail today",
        "The attack was carried out by Islamic State fighters."
      })
  void ignoresSentencesThatMerelyContainBy(String block) {
    assertThat(Bylines.author(block)).isEmpty();
  }
}
