package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * The nlp stage: splits a document's cleaned text into sentences and tokens, and runs Stanford
 * CoreNLP's part-of-speech tagger, lemmatiser and named-entity recogniser (with SUTime for dates)
 * on the sentences that matter.
 *
 * <p>Tokenising and sentence splitting are cheap and run over the whole text; tagging is what
 * costs, so it runs only on the sentences a predicate finds worth annotating (those with an event
 * trigger, say) and their neighbours. A newline always ends a sentence: the cleaned text has one
 * block (paragraph, heading, list item) per line, blocks separated by blank lines.
 *
 * <p>Models load once, in the constructor (several seconds, several hundred MB of heap). Immutable
 * and thread-safe: build once and share; {@link #annotate} may run on many threads at once.
 */
public final class Annotator {
  /** Model resources checked before loading, so that a missing models jar is named plainly. */
  private static final List<String> REQUIRED_MODELS =
      List.of(
          DefaultPaths.DEFAULT_POS_MODEL,
          DefaultPaths.DEFAULT_NER_THREECLASS_MODEL,
          DefaultPaths.DEFAULT_NER_CONLL_MODEL,
          DefaultPaths.DEFAULT_NER_MUC_MODEL,
          "edu/stanford/nlp/models/sutime/english.sutime.txt");

  private static final String MODELS_ARTIFACT = "edu.stanford.nlp:stanford-corenlp:4.5.10:models";

  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[Ee][-+]?\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Texts longer than this are annotated in windows of at most this many characters. */
  static final int WINDOW_CHARS = 100_000;

  private static final Pattern BLANK_LINES =
      Pattern.compile("\\r?\\n(?:[ \\t\\f\\u00A0\\u2007\\u202F]*\\r?\\n)+");

  private final NlpConfig config;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP untimedTagger;
  private final StanfordCoreNLP baselineTagger;
  private final TemporalCues temporalCues;

  /** Loads the models {@code config} asks for; throws {@link NlpModelException} when missing. */
  public Annotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    RedwoodConfiguration.errorLevel().apply();
    checkModels();
    this.splitter = load("tokenize,ssplit", splitterProperties());
    boolean time = config.time() != NlpConfig.TimeTagging.OFF;
    this.tagger = load("pos,lemma,ner", taggerProperties(config, time));
    this.untimedTagger =
        config.time() == NlpConfig.TimeTagging.CUED_SENTENCES
            ? load("pos,lemma,ner", taggerProperties(config, false))
            : tagger;
    this.temporalCues = TemporalCues.bundled();
    this.baselineTagger = config.baseline() ? load("pos,lemma,ner", baselineProperties()) : null;
  }

  /** The stage with {@link NlpConfig#DEFAULTS}. */
  public static Annotator standard() {
    return new Annotator(NlpConfig.DEFAULTS);
  }

  /** The settings this stage runs with. */
  public NlpConfig config() {
    return config;
  }

  /**
   * Annotates {@code text}: every sentence is tokenised; the sentences {@code worthAnnotating}
   * accepts, and {@link NlpConfig#neighbours} on each side of them, are also tagged (POS, lemma,
   * NER, SUTime).
   *
   * @param text the document's cleaned text; all spans are UTF-16 offsets into it
   * @param published the publication date (ISO 8601: {@code 2024-01-04}, or a date-time), against
   *     which relative dates ("yesterday") resolve; when null, or only a month or year ({@code
   *     2024-01}), they stay unresolved ({@code XXXX-01-03}), never resolved against today
   * @return the annotated document; its {@code published} is the day dates were resolved against,
   *     or null
   * @param worthAnnotating given a sentence's text, whether it deserves the full annotation
   * @throws IllegalArgumentException when {@code published} is not an ISO 8601 date
   */
  public AnnotatedDocument annotate(
      String text, String published, Predicate<String> worthAnnotating) {
    Objects.requireNonNull(worthAnnotating, "worthAnnotating");
    return run(text, published, worthAnnotating, tagger, untimedTagger, config.neighbours());
  }

  /**
   * Annotates every sentence of {@code text} with CoreNLP's default pipeline (fine-grained NER
   * included; entity types are then the fine-grained ones, e.g. {@code CITY}): the baseline {@link
   * #annotate} is measured against.
   *
   * @throws IllegalStateException unless this annotator was built with {@link NlpConfig#baseline}
   */
  public AnnotatedDocument annotateFully(String text, String published) {
    if (baselineTagger == null) {
      throw new IllegalStateException(
          "annotateFully needs the baseline pipeline: build the Annotator with"
              + " NlpConfig.baselineDefaults() or withBaseline(true)");
    }
    return run(text, published, sentence -> true, baselineTagger, baselineTagger, 0);
  }

  /**
   * Annotates a long text window by window, so that CoreNLP's per-token objects never exist for
   * more than one window: a 20 MB document needed 8.8 GB of heap in one piece. Windows end at a
   * paragraph or line break where one is near (a newline ends a sentence anyway).
   */
  private AnnotatedDocument run(
      String text,
      String published,
      Predicate<String> worthAnnotating,
      StanfordCoreNLP timed,
      StanfordCoreNLP untimed,
      int neighbours) {
    Objects.requireNonNull(text, "text");
    if (text.length() <= WINDOW_CHARS) {
      return runWindow(text, published, worthAnnotating, timed, untimed, neighbours);
    }
    int[] breaks = paragraphBreaks(text);
    // Guarded before it is cut: a window must not cut a junk run into pieces short enough to pass.
    String guarded = TokenizerGuard.blankOverlongRuns(text);
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int to = windowEnd(guarded, from);
      AnnotatedDocument part =
          runWindow(
              guarded.substring(from, to), published, worthAnnotating, timed, untimed, neighbours);
      for (Sentence s : part.sentences()) {
        sentences.add(shifted(text, s, from, sentences.size(), breaks));
      }
      from = to;
    }
    return new AnnotatedDocument(text, docDate(published), sentences);
  }

  /** Where the window starting at {@code from} ends: a break in its second half, if any. */
  static int windowEnd(String text, int from) {
    return WindowCuts.end(text, from, WINDOW_CHARS);
  }

  private static Sentence shifted(String text, Sentence s, int offset, int index, int[] breaks) {
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.span().shifted(offset), t.word(), t.lemma(), t.pos(), t.ner()));
    }
    List<EntityMention> entities = new ArrayList<>(s.entities().size());
    for (EntityMention e : s.entities()) {
      entities.add(new EntityMention(e.span().shifted(offset), e.text(), e.type(), e.normalized()));
    }
    Span span = s.span().shifted(offset);
    return new Sentence(
        index,
        paragraph(breaks, span.begin()),
        span,
        text.substring(span.begin(), span.end()),
        tokens,
        entities,
        s.fullyAnnotated());
  }

  private AnnotatedDocument runWindow(
      String text,
      String published,
      Predicate<String> worthAnnotating,
      StanfordCoreNLP timed,
      StanfordCoreNLP untimed,
      int neighbours) {
    String docDate = docDate(published);
    // CoreNLP reads a guarded copy of the same length: offsets into it are offsets into text.
    String guarded = TokenizerGuard.blankOverlongRuns(text);
    Annotation document = new Annotation(guarded);
    splitter.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      sentences = List.of();
    }
    int n = sentences.size();
    String[] texts = new String[n];
    boolean[] selected = new boolean[n];
    for (int i = 0; i < n; i++) {
      Span span = span(sentences.get(i));
      texts[i] = text.substring(span.begin(), span.end());
      if (worthAnnotating.test(texts[i])) {
        for (int j = Math.max(0, i - neighbours); j <= Math.min(n - 1, i + neighbours); j++) {
          selected[j] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (texts[i].length() > config.maxSentenceChars()) {
        selected[i] = false;
      }
    }
    CoreMap[] tagged = new CoreMap[n];
    if (timed == untimed) {
      tag(guarded, docDate, sentences, selected, timed, tagged);
    } else {
      boolean[] withTime = new boolean[n];
      boolean[] withoutTime = new boolean[n];
      for (int i = 0; i < n; i++) {
        boolean cued = selected[i] && temporalCues.mayCarryDate(texts[i]);
        withTime[i] = cued;
        withoutTime[i] = selected[i] && !cued;
      }
      tag(guarded, docDate, sentences, withTime, timed, tagged);
      tag(guarded, docDate, sentences, withoutTime, untimed, tagged);
    }

    int[] paragraphStarts = paragraphBreaks(text);
    List<Sentence> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreMap sentence = tagged[i] != null ? tagged[i] : sentences.get(i);
      result.add(
          sentence(
              text, i, paragraph(paragraphStarts, span(sentence).begin()), sentence, tagged[i]));
    }
    return new AnnotatedDocument(text, docDate, result);
  }

  /**
   * Runs the expensive annotators on the selected sentences only, as one annotation holding just
   * them (their tokens keep their offsets into the whole text). Puts the tagged sentence maps into
   * {@code tagged} where a sentence was selected.
   */
  private static void tag(
      String text,
      String docDate,
      List<CoreMap> sentences,
      boolean[] selected,
      StanfordCoreNLP expensive,
      CoreMap[] tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    List<CoreMap> subset = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!selected[i]) {
        continue;
      }
      CoreMap copy = new ArrayCoreMap(sentences.get(i));
      List<CoreLabel> sentenceTokens = copy.get(CoreAnnotations.TokensAnnotation.class);
      copy.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
      tokens.addAll(sentenceTokens);
      copy.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
      copy.set(CoreAnnotations.SentenceIndexAnnotation.class, subset.size());
      for (CoreLabel token : sentenceTokens) {
        token.set(CoreAnnotations.SentenceIndexAnnotation.class, subset.size());
      }
      subset.add(copy);
      tagged[i] = copy;
    }
    if (subset.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, subset);
    if (docDate != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    expensive.annotate(part);
  }

  private static Sentence sentence(
      String text, int index, int paragraph, CoreMap sentence, CoreMap tagged) {
    boolean full = tagged != null;
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      Span span = new Span(label.beginPosition(), label.endPosition());
      String word = text.substring(span.begin(), span.end());
      if (full) {
        String lemma = label.lemma() != null ? label.lemma() : word.toLowerCase(Locale.ROOT);
        tokens.add(new Token(span, word, lemma, label.tag(), label.ner()));
      } else {
        tokens.add(new Token(span, word, word.toLowerCase(Locale.ROOT), null, null));
      }
    }
    List<EntityMention> entities = full ? entities(text, tagged) : List.of();
    Span span = span(sentence);
    return new Sentence(
        index, paragraph, span, text.substring(span.begin(), span.end()), tokens, entities, full);
  }

  private static List<EntityMention> entities(String text, CoreMap sentence) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return List.of();
    }
    List<EntityMention> entities = new ArrayList<>(mentions.size());
    for (CoreMap mention : mentions) {
      List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty() || !tagged(tokens)) {
        continue; // the KBP pronoun mentions CoreNLP adds ("he", "she"): not named entities
      }
      String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (type == null || "O".equals(type)) {
        continue;
      }
      Span span =
          new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
      entities.add(
          new EntityMention(
              span, text.substring(span.begin(), span.end()), type, normalized(type, mention)));
    }
    return entities;
  }

  private static boolean tagged(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      if (token.ner() != null && !"O".equals(token.ner())) {
        return true;
      }
    }
    return false;
  }

  private static String normalized(String type, CoreMap mention) {
    String value = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (TEMPORAL.contains(type)) {
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null && timex.value() != null) {
        return timex.value();
      }
      if (value != null) {
        return value;
      }
      return timex != null ? timex.altVal() : null;
    }
    if (NUMERIC.contains(type) && value != null) {
      Matcher m = NUMBER.matcher(value);
      if (m.find()) {
        try {
          return new BigDecimal(m.group()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static Span span(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens != null && !tokens.isEmpty()) {
      return new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }
    return new Span(
        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  /** Offsets at which a new paragraph begins: just past each run of blank lines. */
  private static int[] paragraphBreaks(String text) {
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    List<Integer> starts = new ArrayList<>();
    Matcher m = BLANK_LINES.matcher(text);
    while (m.find()) {
      if (m.start() > first) {
        starts.add(m.end());
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int paragraph(int[] breaks, int begin) {
    int i = Arrays.binarySearch(breaks, begin);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * The date SUTime resolves against: the day {@code published} names, or null when it names none.
   * A month or a year alone is not used: SUTime cannot take a partial document date, and leaving
   * relative dates unresolved is better than resolving them against a made-up day.
   */
  static String docDate(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String p = published.strip();
    Matcher m = ISO_DATE.matcher(p);
    if (!m.lookingAt() || (m.end() < p.length() && p.charAt(m.end()) != 'T')) {
      throw new IllegalArgumentException("published is not an ISO 8601 date: " + published);
    }
    if (m.group(3) == null) {
      return null;
    }
    try {
      return LocalDate.parse(m.group()).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published is not a valid date: " + published, e);
    }
  }

  private static void checkModels() {
    ClassLoader loader = Annotator.class.getClassLoader();
    List<String> missing =
        REQUIRED_MODELS.stream().filter(path -> loader.getResource(path) == null).toList();
    if (!missing.isEmpty()) {
      throw new NlpModelException(
          "CoreNLP models missing from the class path: "
              + String.join(", ", missing)
              + " (they come with "
              + MODELS_ARTIFACT
              + ")");
    }
  }

  private static StanfordCoreNLP load(String annotators, Properties props) {
    props.setProperty("annotators", annotators);
    try {
      return new StanfordCoreNLP(props, false);
    } catch (RuntimeException e) {
      throw new NlpModelException(
          "could not load the CoreNLP annotators "
              + annotators
              + " (models from "
              + MODELS_ARTIFACT
              + "): "
              + e.getMessage(),
          e);
    }
  }

  private static Properties splitterProperties() {
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    // One block per line in cleaned text: a newline always ends a sentence, so headings, captions
    // and list items never run into the paragraph that follows.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  private static Properties taggerProperties(NlpConfig config, boolean time) {
    Properties props = new Properties();
    props.setProperty("ner.model", String.join(",", config.nerModels()));
    props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.useSUTime", Boolean.toString(time));
    props.setProperty("ner.applyNumericClassifiers", "true");
    return props;
  }

  private static Properties baselineProperties() {
    Properties props = new Properties();
    props.setProperty("ner.model", String.join(",", NlpConfig.CORENLP_DEFAULT_MODELS));
    props.setProperty("ner.applyFineGrained", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    return props;
  }
}
