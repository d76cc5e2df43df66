package org.sitrep.extract;

import java.time.temporal.ChronoUnit;
import org.sitrep.model.DatePrecision;

/**
 * A date expression in a sentence, before it is resolved against its context.
 *
 * @param begin UTF-16 offset in the sentence
 * @param end UTF-16 offset just past it in the sentence
 * @param year the year, or null when the expression gives none ("on June 22")
 * @param month the month 1-12, or null for a year alone
 * @param day the day of month, or null
 * @param endDay the last day of a range ("between 9 and 12 November"), or null
 * @param relative a shift relative to an earlier date ("two days after", "the same month"), or null
 *     for an absolute expression
 * @param precision how precise the expression is when its fields alone do not tell ("in early March
 *     2021" is a span of days known to about a week); null to go by the fields
 */
public record DateMention(
    int begin,
    int end,
    Integer year,
    Integer month,
    Integer day,
    Integer endDay,
    Shift relative,
    DatePrecision precision) {

  /** A mention whose precision its fields give: a day, a month or a year. */
  public DateMention(
      int begin,
      int end,
      Integer year,
      Integer month,
      Integer day,
      Integer endDay,
      Shift relative) {
    this(begin, end, year, month, day, endDay, relative, null);
  }

  /**
   * A date given relative to another.
   *
   * @param amount how many units (0 for "the same month")
   * @param unit days, weeks, months or years
   * @param anchor what it is relative to
   */
  public record Shift(int amount, ChronoUnit unit, Anchor anchor) {}

  /** What a relative date is counted from. */
  public enum Anchor {
    /** The event reported just before ("two days after this attack"). */
    PREVIOUS_EVENT,
    /** The date named just before ("in the same month"). */
    PREVIOUS_DATE,
    /** The publication date ("yesterday", "four years ago"). */
    PUBLICATION
  }

  /** A date given relative to another, at {@code [begin, end)} of its sentence. */
  public static DateMention relative(int begin, int end, Shift shift) {
    return new DateMention(begin, end, null, null, null, null, shift);
  }

  /** Whether the expression names a year, month or day by itself. */
  public boolean absolute() {
    return relative == null;
  }
}
