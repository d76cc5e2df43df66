package org.sitrep.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A year, a month or a day as a query gives it ({@code 2024}, {@code 2024-01}, {@code 2024-01-03}),
 * with its first and last day.
 */
record Period(LocalDate first, LocalDate last) {
  private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /**
   * The period {@code value} names.
   *
   * @throws ApiException naming {@code parameter} when it is not a year, month or day
   */
  static Period parse(String parameter, String value) {
    String v = value.strip();
    if (!FORM.matcher(v).matches()) {
      throw ApiException.badParameter(
          parameter, "must be a year, a month or a day: 2024, 2024-01 or 2024-01-03");
    }
    try {
      if (v.length() == 4) {
        int year = Integer.parseInt(v);
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      if (v.length() == 7) {
        YearMonth month = YearMonth.parse(v);
        return new Period(month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = LocalDate.parse(v);
      return new Period(day, day);
    } catch (DateTimeException e) {
      throw ApiException.badParameter(parameter, "no such date: " + v);
    }
  }
}
