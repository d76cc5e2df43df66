package org.sitrep.model;

/** How precisely a date is known, as ACLED's time_precision codes it (day 1, week 2, month 3). */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The lower-case name used in exports. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
