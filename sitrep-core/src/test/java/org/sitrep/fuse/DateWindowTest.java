package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class DateWindowTest {
  private static DateWindow window(String iso, DatePrecision precision) {
    return DateWindow.of(new EventDate(iso, null, precision, null)).orElseThrow();
  }

  @Test
  void datesAgreeAtTheirPrecision() {
    DateWindow day = window("2024-01-03", DatePrecision.DAY);
    assertThat(day.agrees(window("2024-01", DatePrecision.MONTH))).isTrue();
    assertThat(day.agrees(window("2024", DatePrecision.YEAR))).isTrue();
    assertThat(day.agrees(window("--01-03", DatePrecision.DAY))).isTrue();
    assertThat(day.agrees(window("2024-01-04", DatePrecision.DAY))).isFalse();
    assertThat(day.agrees(window("2023-01", DatePrecision.MONTH))).isFalse();
    assertThat(day.agrees(window("--07-25", DatePrecision.DAY))).isFalse();
  }

  @Test
  void aDayWithoutItsYearSaysNothingAgainstAMonthOrAYear() {
    DateWindow noYear = window("--01-03", DatePrecision.DAY);
    assertThat(noYear.agrees(window("2024-01", DatePrecision.MONTH))).isFalse();
    assertThat(noYear.agrees(window("--01-03", DatePrecision.DAY))).isTrue();
  }

  @Test
  void agreeingWindowsShareABlockingKey() {
    DateWindow day = window("2024-01-03", DatePrecision.DAY);
    for (DateWindow other :
        new DateWindow[] {
          window("2024-01", DatePrecision.MONTH),
          window("2024", DatePrecision.YEAR),
          window("--01-03", DatePrecision.DAY),
          window("2024-01-05", DatePrecision.WEEK)
        }) {
      assertThat(day.queryKeys()).containsAnyElementsOf(other.indexKeys());
      assertThat(other.queryKeys()).containsAnyElementsOf(day.indexKeys());
    }
  }

  @Test
  void undatedAndYearlessMonthsHaveNoWindow() {
    assertThat(DateWindow.of(EventDate.UNKNOWN)).isEmpty();
    assertThat(DateWindow.of(new EventDate("--07", null, DatePrecision.MONTH, null))).isEmpty();
  }
}
