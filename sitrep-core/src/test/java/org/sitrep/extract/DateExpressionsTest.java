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
        "in September 2018 against|2018-09|MONTH",
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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Police raided the camp on 2021-03-12 at dawn|2021-03-12|DAY",
        "Police raided the camp on 25/03/2021 at dawn|2021-03-25|DAY",
        "Police raided the camp on 03/25/2021 at dawn|2021-03-25|DAY",
        "Police raided the camp on 12/03/2021 at dawn|2021-03-12|DAY",
        "Police raided the camp on 12-03-2021 at dawn|2021-03-12|DAY",
        "Police raided the camp on 3.12.2021 at dawn|2021-12-03|DAY",
        "Police raided the camp on 14/07/19 at dawn|2019-07-14|DAY",
        "As reported on 5 June 2023, herders clashed|2023-06-05|DAY",
        "Around 20 May 2022, militiamen burned a school|2022-05-20|DAY",
        "On or about 9 January 2020, soldiers detained|2020-01-09|DAY",
        "On Tuesday, 4 February 2025, gunmen stormed|2025-02-04|DAY",
        "On the night of 3-4 May 2024, rebels shelled|2024-05-03|DAY",
        "between 7 April and 2 May 2019, raids continued|2019-04-07|DAY",
        "during the week of 6 October 2022, troops moved|2022-10-06|WEEK",
        "in mid-March 2021 the militia withdrew|2021-03|MONTH",
        "in late April 2023 the militia withdrew|2023-04|MONTH",
        "by the end of May 2022 the militia withdrew|2022-05|MONTH"
      })
  void readsNumericDatesRangesWeeksAndPartsOfMonths(
      String sentence, String iso, DatePrecision precision) {
    EventDate date = first(sentence, null);
    assertThat(date.iso()).isEqualTo(iso);
    assertThat(date.precision()).isEqualTo(precision);
  }

  @Test
  void readsTheNightOfTwoDaysAsARange() {
    EventDate date = first("On the night of 3-4 May 2024, rebels shelled the port", null);
    assertThat(date.isoEnd()).isEqualTo("2024-05-04");
  }

  @Test
  void readsAmbiguousNumericDatesInTheDocumentsOrder() {
    String text = "The march began on 04/20/2022. Police fired on it on 05/06/2022.";
    assertThat(NumericDateOrder.of(text)).isEqualTo(NumericDateOrder.MONTH_FIRST);
    DateMention mention =
        expressions.find("Police fired on it on 05/06/2022.", NumericDateOrder.MONTH_FIRST).get(0);
    assertThat(resolver.resolve(mention, new DateResolver.Context(null, null, null, null)).iso())
        .isEqualTo("2022-05-06");
    assertThat(NumericDateOrder.of("Police fired on it on 05/06/2022."))
        .isEqualTo(NumericDateOrder.DAY_FIRST);
  }

  @Test
  void neverTakesTheVerbMayForTheMonth() {
    assertThat(expressions.find("Officials said 12 may be held in the camp")).isEmpty();
    assertThat(expressions.find("Officials said 30 march in protest each week")).isEmpty();
    assertThat(first("Officials said 12 May 2024 was the worst day", null).iso())
        .isEqualTo("2024-05-12");
  }

  @Test
  void findsNoDateInScoresDecimalsOrPhoneNumbers() {
    assertThat(expressions.find("a 3.5 magnitude tremor and a 2-1 win; call 0722-123-456"))
        .isEmpty();
  }
}
