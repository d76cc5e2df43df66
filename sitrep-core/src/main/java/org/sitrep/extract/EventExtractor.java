package org.sitrep.extract;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sitrep.extract.detect.Detection;
import org.sitrep.extract.detect.EventDetector;
import org.sitrep.model.Report;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceParser;

/**
 * The extraction stage: reads the events a document reports, coded as an ACLED coder would, one
 * report per event per place and day. Only wires the chain of stages that do the reading, sentence
 * by sentence: {@link TriggerChoice} (which triggers), {@link ClauseSplitter} (their clauses),
 * {@link ModalityReader} (real or not, referring back or new), {@link EventDating}, {@link
 * CasualtyReader}, {@link ClaimantFinder} and {@link RoleFinder} (who did it to whom, from the
 * dependency parse by {@link SyntacticRoles} where a parser is given), {@link EventPlaces}, then
 * {@link DraftBook} (merging mentions of one event) and {@link ReportBuilder}. Immutable and
 * thread-safe.
 */
public final class EventExtractor {
  /** The classifier's probability of its type needed to add an event or retype the lexicon's. */
  private static final double MINIMUM_SCORE = 0.5;

  /** The classifier's probability of "no event" needed to overrule the lexicon. */
  private static final double VETO_SCORE = 0.9;

  private final TriggerLexicon triggers;
  private final ActorFinder actors;
  private final TriggerChoice choice;
  private final SentenceReader reader;
  private final ReportBuilder builder;

  public EventExtractor(
      TriggerLexicon triggers, CueLexicon cues, ActorFinder actors, Detector detector) {
    this(triggers, cues, actors, detector, Optional.empty());
  }

  /**
   * An extractor that also reads roles from the dependency parse of the sentences that report an
   * event, when {@code parser} is given.
   */
  public EventExtractor(
      TriggerLexicon triggers,
      CueLexicon cues,
      ActorFinder actors,
      Detector detector,
      Optional<SentenceParser> parser) {
    this.triggers = triggers;
    this.actors = actors;
    this.choice = new TriggerChoice(detector, MINIMUM_SCORE, VETO_SCORE);
    EventDating dating = new EventDating();
    EventPlaces places = new EventPlaces(actors);
    CasualtyReader casualties = new CasualtyReader();
    EventAssembler assembler =
        new EventAssembler(
            choice,
            new ModalityReader(cues),
            dating,
            casualties,
            new ClaimantFinder(cues),
            new RoleFinder(),
            places);
    this.reader =
        new SentenceReader(triggers, choice, dating, places, casualties, assembler, parser);
    this.builder = new ReportBuilder(casualties);
  }

  /** The extractor with the bundled lexicons and the given detector. */
  public static EventExtractor standard(ActorFinder actors, Detector detector) {
    return new EventExtractor(TriggerLexicon.bundled(), CueLexicon.bundled(), actors, detector);
  }

  /** The extractor with the bundled lexicons, the given detector and the dependency parser. */
  public static EventExtractor standard(
      ActorFinder actors, Detector detector, Optional<SentenceParser> parser) {
    return new EventExtractor(
        TriggerLexicon.bundled(), CueLexicon.bundled(), actors, detector, parser);
  }

  /** Which detector decides what is an event. */
  public Detector detector() {
    return choice.detector();
  }

  /** Whether a sentence is worth the expensive annotators: it holds an event trigger. */
  public boolean mayReportEvent(String sentence) {
    return !triggers.find(sentence).isEmpty();
  }

  /**
   * Reads the events {@code document} reports.
   *
   * @param documentId the id reports are numbered under
   */
  public Extraction extract(String documentId, AnnotatedDocument document) {
    return extract(
        documentId,
        document,
        Collections.nCopies(document.sentences().size(), EventDetector.IMPLAUSIBLE));
  }

  /**
   * Reads the events {@code document} reports, with what the classifier said of each sentence.
   *
   * @param documentId the id reports are numbered under
   * @param detections one per sentence of {@code document}, in order
   * @throws IllegalArgumentException when there is not one detection per sentence
   */
  public Extraction extract(
      String documentId, AnnotatedDocument document, List<Detection> detections) {
    if (detections.size() != document.sentences().size()) {
      throw new IllegalArgumentException(
          detections.size() + " detections for " + document.sentences().size() + " sentences");
    }
    String text = document.text();
    List<ActorMention> mentions = actors.find(text);
    DocumentScope scope =
        new DocumentScope(
            document, mentions, NumericDateOrder.of(text), EventDetector.isShort(text));
    Discourse discourse = new Discourse();
    DraftBook book = new DraftBook();
    for (Sentence sentence : document.sentences()) {
      reader.read(sentence, detections.get(sentence.index()), scope, discourse, book);
    }
    List<Report> reports = builder.build(documentId, text, book.all());
    return new Extraction(reports, mentions);
  }
}
