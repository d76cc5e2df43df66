package org.sitrep.eval.coded;

import java.util.Locale;

/** A field of a coded row scored on the report chosen for it. */
public enum Metric {
  SUB_EVENT_TYPE,
  EVENT_TYPE,
  COUNTRY,
  PLACE,
  FATALITIES,
  DATE,
  ACTOR1;

  /** The lower-case name used in output, e.g. {@code sub_event_type}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
