package org.sitrep.nlp;

/**
 * Settings of the nlp stage, validated when built.
 *
 * @param fineGrainedNer whether CoreNLP's fine-grained NER (CITY, COUNTRY, NATIONALITY, TITLE, ...
 *     from its gazetteers) runs after the coarse taggers; off by default: it is slow and the coarse
 *     types are what extraction reads
 * @param neighbours how many sentences on each side of a sentence worth annotating are fully
 *     annotated with it (context for dates, places and actors that precede or follow the trigger)
 * @param useSuTime whether SUTime recognises and normalises dates, times and durations
 * @param maxSentenceChars sentences longer than this are only tokenised, never tagged: such
 *     "sentences" are lists or tables run together, and tagging them costs much and yields little
 * @param baseline whether to also build CoreNLP's default pipeline (fine-grained NER on every
 *     sentence) for {@link Annotator#annotateFully}; off by default, since it loads a second set of
 *     NER models
 */
public record NlpConfig(
    boolean fineGrainedNer,
    int neighbours,
    boolean useSuTime,
    int maxSentenceChars,
    boolean baseline) {
  /** The longest sentence tagged by default. */
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 2000;

  /** Defaults: coarse NER with SUTime, one neighbour on each side, no baseline pipeline. */
  public static final NlpConfig DEFAULTS =
      // No neighbours: tagging them cost 40% more time and changed nothing on the answer key.
      new NlpConfig(false, 0, true, DEFAULT_MAX_SENTENCE_CHARS, false);

  public NlpConfig {
    if (neighbours < 0) {
      throw new IllegalArgumentException("neighbours must be >= 0, was " + neighbours);
    }
    if (maxSentenceChars <= 0) {
      throw new IllegalArgumentException(
          "maxSentenceChars must be positive, was " + maxSentenceChars);
    }
  }

  /** The defaults, with CoreNLP's default pipeline built as well, for benchmarks. */
  public static NlpConfig baselineDefaults() {
    return DEFAULTS.withBaseline(true);
  }

  /** These settings with fine-grained NER on or off. */
  public NlpConfig withFineGrainedNer(boolean on) {
    return new NlpConfig(on, neighbours, useSuTime, maxSentenceChars, baseline);
  }

  /** These settings with another number of neighbours. */
  public NlpConfig withNeighbours(int n) {
    return new NlpConfig(fineGrainedNer, n, useSuTime, maxSentenceChars, baseline);
  }

  /** These settings with SUTime on or off. */
  public NlpConfig withSuTime(boolean on) {
    return new NlpConfig(fineGrainedNer, neighbours, on, maxSentenceChars, baseline);
  }

  /** These settings with another sentence length limit. */
  public NlpConfig withMaxSentenceChars(int chars) {
    return new NlpConfig(fineGrainedNer, neighbours, useSuTime, chars, baseline);
  }

  /** These settings with the baseline pipeline built or not. */
  public NlpConfig withBaseline(boolean on) {
    return new NlpConfig(fineGrainedNer, neighbours, useSuTime, maxSentenceChars, on);
  }
}
