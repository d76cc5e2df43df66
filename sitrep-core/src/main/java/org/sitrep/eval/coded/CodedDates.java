package org.sitrep.eval.coded;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates coded exports write: {@code 2022-12-28}, {@code 28-12-22} (day, month, two-digit
 * year), {@code 28 December 2022}, {@code 28-Dec-22} and {@code December 28 2022} (with or without
 * a comma). A two-digit year takes its century from the row's full year when the row has one, else
 * it is read as 20yy below 50 and 19yy from 50.
 */
final class CodedDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})[- ]([A-Za-z]+)\\.?[- ](\\d{2}|\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.? (\\d{1,2}),? (\\d{4})");
  private static final Map<String, Month> MONTHS = months();

  private CodedDates() {}

  /**
   * The date {@code value} writes; empty when it is missing or in none of the formats.
   *
   * @param yearHint the row's year column, or null; it settles a two-digit year's century
   */
  static Optional<LocalDate> parse(String value, Integer yearHint) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      m = NUMERIC.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(year(m.group(3), yearHint), num(m, 2), num(m, 1)));
      }
      m = DAY_MONTH_YEAR.matcher(s);
      if (m.matches()) {
        Month month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return month == null
            ? Optional.empty()
            : Optional.of(LocalDate.of(year(m.group(3), yearHint), month, num(m, 1)));
      }
      m = MONTH_DAY_YEAR.matcher(s);
      if (m.matches()) {
        Month month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        return month == null
            ? Optional.empty()
            : Optional.of(LocalDate.of(num(m, 3), month, num(m, 2)));
      }
    } catch (DateTimeException e) {
      return Optional.empty(); // a day or month out of range: not a date
    }
    return Optional.empty();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int year(String digits, Integer yearHint) {
    int year = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return year;
    }
    if (yearHint != null && yearHint % 100 == year) {
      return yearHint;
    }
    return year < 50 ? 2000 + year : 1900 + year;
  }

  /** Month names, full and abbreviated (with "sept"), lower case. */
  private static Map<String, Month> months() {
    Map<String, Month> months = new HashMap<>();
    for (Month month : Month.values()) {
      months.put(
          month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      months.put(
          month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }
}
