package org.sitrep.nlp;

import java.util.List;

/**
 * Settings of the nlp stage, validated when built.
 *
 * @param fineGrainedNer whether CoreNLP's fine-grained NER (CITY, COUNTRY, NATIONALITY, TITLE, ...
 *     from its gazetteers) runs after the coarse taggers; off by default: it is slow and the coarse
 *     types are what extraction reads
 * @param neighbours how many sentences on each side of a sentence worth annotating are fully
 *     annotated with it (context for dates, places and actors that precede or follow the trigger)
 * @param time where SUTime recognises and normalises dates, times and durations
 * @param maxSentenceChars sentences longer than this are only tokenised, never tagged: such
 *     "sentences" are lists or tables run together, and tagging them costs much and yields little
 * @param baseline whether to also build CoreNLP's default pipeline (fine-grained NER on every
 *     sentence) for {@link Annotator#annotateFully}; off by default, since it loads a second set of
 *     NER models
 * @param nerModels the CRF models of the coarse named-entity tagger, as class-path resources; their
 *     labels are combined in order, as CoreNLP's {@code ner.model} does
 */
public record NlpConfig(
    boolean fineGrainedNer,
    int neighbours,
    TimeTagging time,
    int maxSentenceChars,
    boolean baseline,
    List<String> nerModels) {
  /** The longest sentence tagged by default. */
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 2000;

  /** CoreNLP's four-class CoNLL model: PERSON, LOCATION, ORGANIZATION, MISC. */
  public static final String CONLL_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** CoreNLP's default combination: its three-, seven- (MUC) and four-class (CoNLL) models. */
  public static final List<String> CORENLP_DEFAULT_MODELS =
      List.of(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
          CONLL_MODEL);

  /**
   * Defaults: coarse NER from the CoNLL model alone, SUTime on the sentences with a temporal cue,
   * no neighbours, no baseline pipeline.
   */
  public static final NlpConfig DEFAULTS =
      // No neighbours: tagging them cost 40% more time and changed nothing on the answer key. One
      // CRF model instead of CoreNLP's three: a third of the tagging time, the same scores on the
      // key (extraction reads LOCATION from it; dates, numbers and actors come from the domain
      // lexicons, with SUTime for weekdays and parts of a day).
      new NlpConfig(
          false,
          0,
          TimeTagging.CUED_SENTENCES,
          DEFAULT_MAX_SENTENCE_CHARS,
          false,
          List.of(CONLL_MODEL));

  /** Where SUTime runs. */
  public enum TimeTagging {
    /** Nowhere: no DATE, TIME or DURATION entities. */
    OFF,
    /**
     * On the tagged sentences that carry a temporal cue ({@link TemporalCues}): weekdays and parts
     * of a day, the dates only SUTime reads. The extractor reads other dates by itself.
     */
    CUED_SENTENCES,
    /** On every tagged sentence. */
    ALL_SENTENCES
  }

  public NlpConfig {
    if (neighbours < 0) {
      throw new IllegalArgumentException("neighbours must be >= 0, was " + neighbours);
    }
    if (maxSentenceChars <= 0) {
      throw new IllegalArgumentException(
          "maxSentenceChars must be positive, was " + maxSentenceChars);
    }
    java.util.Objects.requireNonNull(time, "time");
    nerModels = List.copyOf(nerModels);
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("at least one NER model is needed");
    }
  }

  /** The defaults, with CoreNLP's default pipeline built as well, for benchmarks. */
  public static NlpConfig baselineDefaults() {
    return DEFAULTS.withBaseline(true);
  }

  /** These settings with fine-grained NER on or off. */
  public NlpConfig withFineGrainedNer(boolean on) {
    return new NlpConfig(on, neighbours, time, maxSentenceChars, baseline, nerModels);
  }

  /** These settings with another number of neighbours. */
  public NlpConfig withNeighbours(int n) {
    return new NlpConfig(fineGrainedNer, n, time, maxSentenceChars, baseline, nerModels);
  }

  /** These settings with SUTime run elsewhere. */
  public NlpConfig withTime(TimeTagging where) {
    return new NlpConfig(fineGrainedNer, neighbours, where, maxSentenceChars, baseline, nerModels);
  }

  /** These settings with another sentence length limit. */
  public NlpConfig withMaxSentenceChars(int chars) {
    return new NlpConfig(fineGrainedNer, neighbours, time, chars, baseline, nerModels);
  }

  /** These settings with the baseline pipeline built or not. */
  public NlpConfig withBaseline(boolean on) {
    return new NlpConfig(fineGrainedNer, neighbours, time, maxSentenceChars, on, nerModels);
  }

  /** These settings with other CRF models for the coarse tagger. */
  public NlpConfig withNerModels(List<String> models) {
    return new NlpConfig(fineGrainedNer, neighbours, time, maxSentenceChars, baseline, models);
  }
}
