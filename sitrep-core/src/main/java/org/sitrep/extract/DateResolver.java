package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.sitrep.extract.DateMention.Shift;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Turns a date expression into a date, given what came before it: the year a paragraph is about
 * ("on 23 October" after "on 16 October 2017"), the date named just before ("in the same month"),
 * the event reported just before ("two days after this attack") and the publication date. A day or
 * month without a year in a text without one is the latest such day on or before the publication
 * date, as news reports what happened; without a publication date its year stays unknown ({@code
 * --01-03}). Today's date is never used. Stateless and thread-safe.
 */
public final class DateResolver {

  /**
   * The context a date expression is read in; any part may be null.
   *
   * @param year the year the paragraph is about so far
   * @param previousDate the date named most recently
   * @param previousEvent the date of the event reported most recently
   * @param published the publication date, ISO 8601
   */
  public record Context(
      Integer year, EventDate previousDate, EventDate previousEvent, String published) {}

  /**
   * The date {@code mention} names in {@code context}; {@link EventDate#UNKNOWN} when it cannot
   * tell.
   */
  public EventDate resolve(DateMention mention, Context context) {
    if (mention.relative() != null) {
      return shifted(mention.relative(), context);
    }
    Integer year = mention.year() != null ? mention.year() : context.year();
    if (year == null && mention.month() != null) {
      year = publicationYear(mention, context.published());
    }
    try {
      if (mention.month() == null) {
        return year == null
            ? EventDate.UNKNOWN
            : new EventDate(year.toString(), null, DatePrecision.YEAR, null);
      }
      if (mention.day() == null) {
        return year == null
            ? EventDate.UNKNOWN
            : new EventDate(
                YearMonth.of(year, mention.month()).toString(), null, DatePrecision.MONTH, null);
      }
      String end =
          mention.endDay() == null
              ? null
              : day(
                  year,
                  mention.month(),
                  Math.min(mention.endDay(), lastDay(year, mention.month())));
      DatePrecision precision =
          mention.precision() == null ? DatePrecision.DAY : mention.precision();
      return new EventDate(day(year, mention.month(), mention.day()), end, precision, null);
    } catch (DateTimeException e) {
      return EventDate.UNKNOWN;
    }
  }

  /**
   * The year that puts {@code mention} (a month, or a day of a month) on or before {@code
   * published}; null when there is no publication year to go by.
   */
  private static Integer publicationYear(DateMention mention, String published) {
    if (published == null || !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      return null;
    }
    int year = Integer.parseInt(published.substring(0, 4));
    if (published.length() < 7 || !Character.isDigit(published.charAt(5))) {
      return year;
    }
    int month = Integer.parseInt(published.substring(5, 7));
    int day = published.length() >= 10 ? Integer.parseInt(published.substring(8, 10)) : 31;
    boolean after =
        mention.month() > month
            || mention.month() == month && mention.day() != null && mention.day() > day;
    return after ? year - 1 : year;
  }

  /**
   * The month's last day ("late April" ends on the 30th); a leap year's when the year is unknown.
   */
  private static int lastDay(Integer year, int month) {
    return YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth();
  }

  private static String day(Integer year, int month, int day) {
    if (year == null) {
      // Validate against a leap year so that --02-29 stands.
      LocalDate.of(2000, month, day);
      return String.format(Locale.ROOT, "--%02d-%02d", month, day);
    }
    return LocalDate.of(year, month, day).toString();
  }

  private static EventDate shifted(Shift shift, Context context) {
    EventDate anchor =
        switch (shift.anchor()) {
          case PREVIOUS_EVENT -> context.previousEvent();
          case PREVIOUS_DATE -> context.previousDate();
          case PUBLICATION ->
              context.published() == null
                  ? null
                  : new EventDate(
                      context.published(), null, precisionOf(context.published()), null);
        };
    if (anchor == null || !anchor.known() || anchor.iso().startsWith("--")) {
      return EventDate.UNKNOWN;
    }
    try {
      return shift(anchor, shift);
    } catch (DateTimeException e) {
      return EventDate.UNKNOWN;
    }
  }

  private static EventDate shift(EventDate anchor, Shift shift) {
    ChronoUnit unit = shift.unit();
    if (anchor.precision() == DatePrecision.DAY
        && (unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS)) {
      LocalDate date = LocalDate.parse(anchor.iso()).plus(shift.amount(), unit);
      return new EventDate(
          date.toString(),
          null,
          unit == ChronoUnit.WEEKS ? DatePrecision.WEEK : DatePrecision.DAY,
          null);
    }
    if (unit == ChronoUnit.MONTHS && anchor.precision() != DatePrecision.YEAR) {
      YearMonth month = YearMonth.parse(anchor.iso().substring(0, 7)).plusMonths(shift.amount());
      return new EventDate(month.toString(), null, DatePrecision.MONTH, null);
    }
    if (unit == ChronoUnit.YEARS) {
      int year = Integer.parseInt(anchor.iso().substring(0, 4)) + shift.amount();
      return new EventDate(Integer.toString(year), null, DatePrecision.YEAR, null);
    }
    return EventDate.UNKNOWN;
  }

  private static DatePrecision precisionOf(String iso) {
    return iso.length() >= 10
        ? DatePrecision.DAY
        : iso.length() == 7 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }
}
