package org.sitrep.extract;

/** The kinds of cue in {@code cues.tsv} that qualify an event mention. */
public enum Cue {
  /** Plans, negations, threats, forecasts before the trigger: no event. */
  UNREAL,
  /** A negation after the trigger ("did not materialize"): no event. */
  UNREAL_AFTER,
  /** Attributed but unconfirmed. */
  ALLEGED,
  /** The event answers an earlier one. */
  RETALIATION,
  /** A claim of responsibility. */
  CLAIM,
  /** A habitual or aggregate statement, not one incident. */
  GENERIC
}
