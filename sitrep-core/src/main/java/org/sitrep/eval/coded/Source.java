package org.sitrep.eval.coded;

import java.util.Locale;

/** Where a file of coded rows comes from, which decides its columns and what is scored. */
public enum Source {
  /** An ACLED export: one coded event per row, its description in {@code notes}. */
  ACLED,
  /**
   * A Global Terrorism Database extract: one attack per row, its description in {@code summary}.
   */
  GTD,
  /** CASE 2021 task 2 snippets: one text per row, labelled with a sub-event code. */
  CASE,
  /** A Wikipedia list of terrorist incidents: one table row per incident. */
  WIKIPEDIA;

  /** The lower-case name used in output. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
