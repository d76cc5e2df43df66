package org.sitrep.resolve;

/** How a text names an actor at one place. */
public enum MentionForm {
  /** The actor itself: a name, alias, acronym or demonym phrase ("US forces"). */
  NAME,
  /**
   * Part of a hyphenated compound or prefixed word ("Iran-backed", "ISIL-held", "pro-Iranian"): the
   * text speaks of something else that the actor qualifies, so it is not the actor acting.
   */
  MODIFIER,
  /** A capital or seat of power standing for its state ("Tehran said", "the Kremlin"). */
  METONYM
}
