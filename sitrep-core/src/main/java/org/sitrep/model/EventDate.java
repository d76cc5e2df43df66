package org.sitrep.model;

/**
 * When an event happened, as precisely as the text says.
 *
 * @param iso ISO 8601 as precise as known: {@code 2017-06-18}, {@code 2017-06}, {@code 2017}, or
 *     {@code --07-25} when the text gives day and month but no year; null when undated
 * @param isoEnd last day of a multi-day report ("between 9 and 12 November"), else null
 * @param precision the precision of {@code iso}; null when undated
 * @param after for an undated event the text places after a dated one: that date, else null
 */
public record EventDate(String iso, String isoEnd, DatePrecision precision, String after)
    implements java.io.Serializable {
  /** No date known. */
  public static final EventDate UNKNOWN = new EventDate(null, null, null, null);

  /** Whether any date is known. */
  public boolean known() {
    return iso != null;
  }
}
