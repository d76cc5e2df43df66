package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;

/** A sentence that says nothing but a date dates the events after it. */
class SentenceDatesTest {
  private final DateExpressions expressions = new DateExpressions();
  private final DateResolver resolver = new DateResolver();

  private SentenceDates dates(String sentence) {
    List<DateMention> mentions = expressions.find(sentence);
    List<EventDate> resolved =
        mentions.stream()
            .map(m -> resolver.resolve(m, new DateResolver.Context(null, null, null, null)))
            .toList();
    return new SentenceDates(mentions, resolved, null);
  }

  @Test
  void aDateStandingAloneIsANotesHeading() {
    assertThat(dates("14 February 2021.").dateOnly("14 February 2021.").iso())
        .isEqualTo("2021-02-14");
    String reported = "As reported on 3 May 2021:";
    assertThat(dates(reported).dateOnly(reported).iso()).isEqualTo("2021-05-03");
  }

  @Test
  void aSentenceThatSaysMoreThanADateIsNoHeading() {
    String sentence = "The strike began on 4 June 2015.";
    assertThat(dates(sentence).dateOnly(sentence)).isNull();
    assertThat(dates("In 2015.").dateOnly("In 2015.")).as("a year is no day").isNull();
  }
}
