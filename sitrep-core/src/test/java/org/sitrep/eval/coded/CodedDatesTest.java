package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodedDatesTest {
  @Test
  void readsIsoDates() {
    assertThat(CodedDates.parse("2025-04-01", null)).contains(LocalDate.of(2025, 4, 1));
  }

  @Test
  void readsDayMonthTwoDigitYearWithTheRowsYear() {
    assertThat(CodedDates.parse("31-12-19", 2019)).contains(LocalDate.of(2019, 12, 31));
    assertThat(CodedDates.parse("01-02-98", 1998)).contains(LocalDate.of(1998, 2, 1));
  }

  @Test
  void readsTwoDigitYearsWithoutHintByPivot() {
    assertThat(CodedDates.parse("01-02-08", null)).contains(LocalDate.of(2008, 2, 1));
    assertThat(CodedDates.parse("01-02-97", null)).contains(LocalDate.of(1997, 2, 1));
  }

  @Test
  void readsDayMonthNameYear() {
    assertThat(CodedDates.parse("28 December 2022", 2022)).contains(LocalDate.of(2022, 12, 28));
    assertThat(CodedDates.parse("01 July 2022", null)).contains(LocalDate.of(2022, 7, 1));
  }

  @Test
  void readsDayAbbreviatedMonthTwoDigitYear() {
    assertThat(CodedDates.parse("5-Aug-24", 2024)).contains(LocalDate.of(2024, 8, 5));
    assertThat(CodedDates.parse("17-Sept-23", null)).contains(LocalDate.of(2023, 9, 17));
  }

  @Test
  void readsMonthDayYear() {
    assertThat(CodedDates.parse("May 8 2001", null)).contains(LocalDate.of(2001, 5, 8));
    assertThat(CodedDates.parse("March 30, 2010", null)).contains(LocalDate.of(2010, 3, 30));
  }

  @Test
  void readsNothingFromNonDates() {
    assertThat(CodedDates.parse(null, null)).isEmpty();
    assertThat(CodedDates.parse("sometime in spring", null)).isEmpty();
    assertThat(CodedDates.parse("31-02-19", 2019)).as("no 31 February").isEmpty();
    assertThat(CodedDates.parse("5-Foo-24", null)).isEmpty();
  }
}
