package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class DateExpressionsTest {
  private final DateExpressions expressions = new DateExpressions();
  private final DateResolver resolver = new DateResolver();

  private EventDate first(String sentence, Integer year) {
    List<DateMention> found = expressions.find(sentence);
    assertThat(found).isNotEmpty();
    return resolver.resolve(found.get(0), new DateResolver.Context(year, null, null, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "on 18 June 2017, the IRGC fired|2017-06-18|DAY",
        "On October 17, 2023, the group launched|2023-10-17|DAY",
        "in early September 2018 against|2018-09|MONTH",
        "In mid-June 2014, Iran|2014-06|MONTH",
        "Back in 2018, ISIL bombarded|2018|YEAR",
        "the Jan. 3 attack was declared|--01-03|DAY",
        "On July 25 and 26, rockets were fired|--07-25|DAY",
        "on the 3rd of January 2024|2024-01-03|DAY"
      })
  void readsAbsoluteDatesAtTheirPrecision(String sentence, String iso, DatePrecision precision) {
    EventDate date = first(sentence, null);
    assertThat(date.iso()).isEqualTo(iso);
    assertThat(date.precision()).isEqualTo(precision);
  }

  @Test
  void readsTheLastDayOfARange() {
    EventDate date = first("between 9 and 12 November 2017, killing 36", null);
    assertThat(date.iso()).isEqualTo("2017-11-09");
    assertThat(date.isoEnd()).isEqualTo("2017-11-12");
  }

  @Test
  void takesTheParagraphsYearForADayWithoutOne() {
    assertThat(first("CNN reported that on 23 October two strikes", 2017).iso())
        .isEqualTo("2017-10-23");
  }

  @Test
  void readsADayWithoutAYearBeforeAComma() {
    assertThat(first("On August 26, a suicide bomber blew himself up", null).iso())
        .isEqualTo("--08-26");
    assertThat(first("On August 26, 2021, a suicide bomber blew himself up", null).iso())
        .isEqualTo("2021-08-26");
  }

  @Test
  void neverTakesAYearFromToday() {
    assertThat(first("rockets were fired on June 22", null).iso()).isEqualTo("--06-22");
  }

  @Test
  void resolvesDatesRelativeToThePreviousEventAndDate() {
    DateMention twoDaysAfter =
        expressions.find("Two days after this attack, the group announced").get(0);
    EventDate previousEvent = new EventDate("2024-01-28", null, DatePrecision.DAY, null);
    assertThat(
            resolver
                .resolve(twoDaysAfter, new DateResolver.Context(null, null, previousEvent, null))
                .iso())
        .isEqualTo("2024-01-30");

    DateMention sameMonth = expressions.find("In the same month, the minister reported").get(0);
    EventDate previousDate = new EventDate("2014-09", null, DatePrecision.MONTH, null);
    assertThat(
            resolver
                .resolve(sameMonth, new DateResolver.Context(null, previousDate, null, null))
                .iso())
        .isEqualTo("2014-09");
  }

  @Test
  void leavesARelativeDateUnknownWithoutItsAnchor() {
    DateMention ago = expressions.find("his assassination four years ago").get(0);
    assertThat(resolver.resolve(ago, new DateResolver.Context(null, null, null, null)).known())
        .isFalse();
    assertThat(
            resolver.resolve(ago, new DateResolver.Context(null, null, null, "2024-01-04")).iso())
        .isEqualTo("2020");
  }

  @Test
  void findsNoDateInNumbersThatAreNotDates() {
    assertThat(expressions.find("between 3,000 and 5,000 fighters and 122 attacks")).isEmpty();
  }
}
