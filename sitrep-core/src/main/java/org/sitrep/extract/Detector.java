package org.sitrep.extract;

/** What decides that a sentence reports an event, and of which type. */
public enum Detector {
  /** The trigger lexicon alone (the extractor before the classifier): the ablation's baseline. */
  RULES,
  /** The classifier alone; the lexicon only says where in the sentence the event is named. */
  MODEL,
  /** The classifier, with the lexicon's precise triggers kept where both see an event. */
  COMBINED;

  /** The detector the pipeline uses unless told otherwise. */
  public static final Detector STANDARD = COMBINED;
}
