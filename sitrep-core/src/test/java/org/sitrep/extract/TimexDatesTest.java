package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.nlp.EntityMention;

class TimexDatesTest {
  private static EntityMention date(int begin, int end, String text, String value) {
    return new EntityMention(new Span(begin, end), text, "DATE", value);
  }

  @Test
  void aDaySuTimeResolvedIsAddedWhereThePatternsFoundNothing() {
    List<DateMention> merged =
        TimexDates.merge(List.of(), List.of(date(3, 10, "Tuesday", "2024-01-02")), "2024-01-04");

    assertThat(merged).containsExactly(new DateMention(3, 10, 2024, 1, 2, null, null));
  }

  @Test
  void aDayAfterPublicationIsTakenAsTheWeekBefore() {
    List<DateMention> merged =
        TimexDates.merge(List.of(), List.of(date(3, 9, "Friday", "2024-01-05")), "2024-01-04");

    assertThat(merged).extracting(DateMention::day).containsExactly(29);
    assertThat(merged).extracting(DateMention::month).containsExactly(12);
    assertThat(merged).extracting(DateMention::year).containsExactly(2023);
  }

  @Test
  void whatThePatternsFoundWinsAndPartialValuesAreIgnored() {
    DateMention own = new DateMention(3, 12, 2017, 6, 18, null, null);
    List<DateMention> merged =
        TimexDates.merge(
            List.of(own),
            List.of(
                date(3, 12, "18 June 2017", "2017-06-19"),
                date(20, 27, "January", "XXXX-01"),
                new EntityMention(new Span(30, 34), "four", "NUMBER", "4")),
            "2024-01-04");

    assertThat(merged).containsExactly(own);
  }

  @Test
  void aTimeOfADayGivesItsDay() {
    List<DateMention> merged =
        TimexDates.merge(
            List.of(),
            List.of(new EntityMention(new Span(3, 17), "Friday evening", "TIME", "2024-03-22TEV")),
            "2024-03-23");

    assertThat(merged).containsExactly(new DateMention(3, 17, 2024, 3, 22, null, null));
  }

  @Test
  void withoutAPublicationDayNothingIsAdded() {
    assertThat(TimexDates.merge(List.of(), List.of(date(0, 7, "Tuesday", "2024-01-02")), null))
        .isEmpty();
  }
}
