package org.sitrep.model;

/** How the text presents an event. Plans, denials and negations yield no report at all. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** Reported as claimed by a party ("the group claimed…"). */
  CLAIMED,
  /** Attributed but unconfirmed ("allegedly", "suspected", "reportedly"). */
  ALLEGED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
