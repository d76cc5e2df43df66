package org.sitrep.fuse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * The days a report's date can stand for: an interval of calendar days when the year is known, or a
 * day of the year ({@code --01-03}) when it is not. Two reports' dates agree at their precision
 * when their windows can hold the same day.
 *
 * @param start first day, or null when the year is unknown
 * @param end last day, or null when the year is unknown
 * @param monthDay the day of a date without a year, else null
 */
record DateWindow(LocalDate start, LocalDate end, MonthDay monthDay) {
  /** Windows of at most this many days are indexed by day, so that undated-year reports meet. */
  private static final int DAY_LEVEL = 14;

  /** The longest window whose days are enumerated when querying the index. */
  private static final int QUERY_DAYS = 400;

  /**
   * The window of {@code date}; empty when it is unknown or too vague to fuse on ({@code --07}).
   */
  static Optional<DateWindow> of(EventDate date) {
    if (!date.known()) {
      return Optional.empty();
    }
    String iso = date.iso();
    try {
      if (iso.startsWith("--")) {
        return iso.length() == 7
            ? Optional.of(new DateWindow(null, null, MonthDay.parse(iso)))
            : Optional.empty();
      }
      LocalDate start;
      LocalDate end;
      if (iso.length() == 4) {
        start = LocalDate.of(Integer.parseInt(iso), 1, 1);
        end = start.withDayOfYear(start.lengthOfYear());
      } else if (iso.length() == 7) {
        YearMonth month = YearMonth.parse(iso);
        start = month.atDay(1);
        end = month.atEndOfMonth();
      } else {
        LocalDate day = LocalDate.parse(iso);
        DatePrecision precision = date.precision() == null ? DatePrecision.DAY : date.precision();
        switch (precision) {
          case WEEK -> {
            start = day.minusDays(3);
            end = day.plusDays(3);
          }
          case MONTH -> {
            start = day.withDayOfMonth(1);
            end = YearMonth.from(day).atEndOfMonth();
          }
          case YEAR -> {
            start = day.withDayOfYear(1);
            end = day.withDayOfYear(day.lengthOfYear());
          }
          default -> {
            start = day;
            end = day;
          }
        }
      }
      if (date.isoEnd() != null && date.isoEnd().length() == 10) {
        LocalDate last = LocalDate.parse(date.isoEnd());
        end = last.isAfter(end) ? last : end;
      }
      return Optional.of(new DateWindow(start, end, null));
    } catch (DateTimeParseException | NumberFormatException e) {
      // A date the extractor wrote and cannot be read back is treated as no date at all.
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether the window is one day, a day without its year, or a short span (a week). */
  boolean dayLevel() {
    return monthDay != null || days() <= 7;
  }

  /** Whether it is one known day. */
  boolean singleDay() {
    return monthDay == null && start.equals(end);
  }

  private long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Whether the two windows can hold the same day. */
  boolean agrees(DateWindow other) {
    if (monthDay != null && other.monthDay != null) {
      return monthDay.equals(other.monthDay);
    }
    if (monthDay != null) {
      return other.holdsDayOfYear(monthDay);
    }
    if (other.monthDay != null) {
      return holdsDayOfYear(other.monthDay);
    }
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /** A day without a year meets only short windows: "--01-03" is no evidence against a year. */
  private boolean holdsDayOfYear(MonthDay day) {
    if (days() > DAY_LEVEL) {
      return false;
    }
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (MonthDay.from(d).equals(day)) {
        return true;
      }
    }
    return false;
  }

  /** The blocking keys the window is indexed under. */
  List<String> indexKeys() {
    if (monthDay != null) {
      return List.of(dayOfYearKey(monthDay));
    }
    Set<String> keys = new LinkedHashSet<>();
    long days = days();
    if (days <= DAY_LEVEL) {
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        keys.add("d" + d);
        keys.add(dayOfYearKey(MonthDay.from(d)));
      }
    } else if (days <= 92) {
      for (YearMonth m = YearMonth.from(start);
          !m.isAfter(YearMonth.from(end));
          m = m.plusMonths(1)) {
        keys.add("m" + m);
      }
    } else {
      for (int y = start.getYear(); y <= end.getYear() && keys.size() < 5; y++) {
        keys.add("y" + y);
      }
    }
    return List.copyOf(keys);
  }

  /**
   * The blocking keys to look up for reports whose window may agree with this one: every key some
   * agreeing window is indexed under.
   */
  List<String> queryKeys() {
    if (monthDay != null) {
      return List.of(dayOfYearKey(monthDay));
    }
    List<String> keys = new ArrayList<>();
    long days = days();
    if (days <= QUERY_DAYS) {
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        keys.add("d" + d);
      }
    }
    if (days <= DAY_LEVEL) {
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        keys.add(dayOfYearKey(MonthDay.from(d)));
      }
    }
    for (YearMonth m = YearMonth.from(start);
        !m.isAfter(YearMonth.from(end));
        m = m.plusMonths(1)) {
      keys.add("m" + m);
    }
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      keys.add("y" + y);
    }
    return keys;
  }

  private static String dayOfYearKey(MonthDay day) {
    return "md" + day;
  }
}
