package org.sitrep.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --from} or {@code --to} date as analysts write it: a year ({@code 2017}), a month
 * ({@code 2024-01}) or a day ({@code 2024-01-03}). A year or month starts on its first day for
 * {@code --from} and ends on its last for {@code --to}.
 */
final class DateBound {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private DateBound() {}

  /** The first day {@code value} covers. */
  static LocalDate first(String value) {
    return parse(value, false);
  }

  /** The last day {@code value} covers. */
  static LocalDate last(String value) {
    return parse(value, true);
  }

  private static LocalDate parse(String value, boolean last) {
    String s = value.strip();
    try {
      if (YEAR.matcher(s).matches()) {
        int year = Integer.parseInt(s);
        return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (MONTH.matcher(s).matches()) {
        YearMonth month = YearMonth.parse(s);
        return last ? month.atEndOfMonth() : month.atDay(1);
      }
      if (DAY.matcher(s).matches()) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // named below, without the exception's text
    }
    throw new TypeConversionException(
        "'"
            + TerminalSafeWriter.safe(value)
            + "' is not a date: give a year (2017), a month (2024-01) or a day (2024-01-03)");
  }

  /** Converts {@code --from}. */
  static final class From implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return first(value);
    }
  }

  /** Converts {@code --to}. */
  static final class To implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return last(value);
    }
  }
}
