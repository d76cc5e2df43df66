package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.extract.ActorFinder;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.Detector;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.RelationExtractor;
import org.sitrep.extract.detect.Detection;
import org.sitrep.extract.detect.EventDetector;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.E5SentenceEncoder;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceParser;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.PriorRelation;
import org.sitrep.resolve.place.PlaceResolver;

/**
 * The stages from a document's cleaned text to its reports, actors and relations, assembled in one
 * place: nlp (sentences, and full annotation of the sentences that carry an event trigger), extract
 * (reports, relations between the actors named), resolve (actors, places to points, prior
 * relations). The CLI, the server and the Spark job run this same object. Immutable and
 * thread-safe; build once, it loads the models.
 */
public final class ExtractionPipeline implements DocumentExtractor {
  /** Bumped whenever extraction changes, so that stored documents are extracted again. */
  public static final String VERSION = "extract-6";

  /** How much of a document CoreNLP annotates. */
  public enum Annotation {
    /** POS, lemma, NER and SUTime only on sentences with an event trigger and their neighbours. */
    TRIGGER_SENTENCES,
    /** CoreNLP's default pipeline, fine-grained NER included, on every sentence: the baseline. */
    FULL
  }

  private final Annotator annotator;
  private final Annotation annotation;
  private final ActorResolver resolver;
  private final GenericBinder binder;
  private final PlaceResolver places;
  private final EventExtractor extractor;
  private final Optional<EventDetector> detector;
  private final RelationExtractor relations;

  /**
   * A pipeline over the given parts.
   *
   * @param annotator for {@link Annotation#FULL}, one built with {@code
   *     NlpConfig.baselineDefaults()}
   * @param detector the event classifier; empty for {@link Detector#RULES}, required otherwise
   * @throws IllegalArgumentException when the detector and the classifier do not fit together
   */
  public ExtractionPipeline(
      Annotator annotator,
      Annotation annotation,
      ActorResolver resolver,
      PlaceResolver places,
      Optional<EventDetector> detector,
      Detector mode) {
    if (detector.isEmpty() != (mode == Detector.RULES)) {
      throw new IllegalArgumentException(
          "the "
              + mode
              + " detector "
              + (detector.isEmpty() ? "needs" : "takes no")
              + " classifier");
    }
    this.annotator = annotator;
    this.annotation = annotation;
    this.resolver = resolver;
    this.binder = new GenericBinder(resolver);
    this.places = places;
    this.detector = detector;
    // Roles come from the dependency parse of the sentences that report an event.
    this.extractor =
        EventExtractor.standard(finder(resolver), mode, Optional.of(SentenceParser.standard()));
    this.relations = RelationExtractor.standard();
  }

  /** The standard pipeline: CoreNLP, the bundled classifier, registry and gazetteer. */
  public static ExtractionPipeline standard() {
    return standard(Annotation.TRIGGER_SENTENCES, Detector.STANDARD);
  }

  /** The bundled pipeline with the given annotation and detector. */
  public static ExtractionPipeline standard(Annotation annotation, Detector mode) {
    Annotator annotator =
        annotation == Annotation.FULL
            ? new Annotator(NlpConfig.baselineDefaults())
            : Annotator.standard();
    return standard(annotator, annotation, mode);
  }

  /**
   * The bundled registry, gazetteer and classifier (unless {@code mode} is rules) over an
   * annotator.
   */
  public static ExtractionPipeline standard(
      Annotator annotator, Annotation annotation, Detector mode) {
    Optional<EventDetector> detector =
        mode == Detector.RULES
            ? Optional.empty()
            : Optional.of(EventDetector.bundled(E5SentenceEncoder.standard()));
    return new ExtractionPipeline(
        annotator, annotation, ActorResolver.bundled(), PlaceResolver.standard(), detector, mode);
  }

  /**
   * The extractor version stored with each document it extracts; differs per annotation and
   * detector.
   */
  @Override
  public String version() {
    return version(annotation, extractor.detector());
  }

  /** The extractor version of pipelines with the given annotation and detector. */
  public static String version(Annotation annotation, Detector mode) {
    String base =
        mode == Detector.STANDARD ? VERSION : VERSION + "+" + mode.name().toLowerCase(Locale.ROOT);
    return annotation == Annotation.FULL ? base + "+full" : base;
  }

  /**
   * Reads the reports of one document and the actors it names.
   *
   * @param published its publication date (ISO 8601) or null
   */
  /**
   * The longest text extracted in one piece; a longer document is read window by window, so that
   * memory follows the window and not the document (a 20 MB page needed 8.8 GB read whole).
   */
  static final int EXTRACTION_WINDOW = 200_000;

  @Override
  public Result extract(String documentId, String text, String published) {
    if (text.length() <= EXTRACTION_WINDOW) {
      return extract(documentId, read(text, published));
    }
    List<Map.Entry<TextWindows.Window, Result>> parts = new ArrayList<>();
    for (TextWindows.Window w : TextWindows.split(text, EXTRACTION_WINDOW)) {
      parts.add(Map.entry(w, extract(documentId, read(w.text(), published))));
    }
    return TextWindows.merge(documentId, parts);
  }

  /**
   * Annotates a document the way this pipeline does, classifying its sentences on the way:
   * sentences everywhere, full annotation only for sentences that carry an event trigger or that
   * the classifier takes for an event report, and their neighbours.
   *
   * @param published its publication date (ISO 8601) or null
   */
  public Classified read(String text, String published) {
    if (annotation == Annotation.FULL) {
      return classify(annotator.annotateFully(text, safeDate(published)));
    }
    Map<String, Detection> said = new HashMap<>();
    boolean everySentence = EventDetector.isShort(text);
    Function<String, Detection> detect =
        sentence ->
            detector.isPresent()
                ? detector.get().detect(List.of(sentence), everySentence).get(0)
                : EventDetector.IMPLAUSIBLE;
    AnnotatedDocument annotated =
        annotator.annotate(
            text,
            safeDate(published),
            sentence ->
                extractor.mayReportEvent(sentence)
                    || said.computeIfAbsent(sentence, detect).reportsEvent());
    List<Detection> detections = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      boolean lexicon = !everySentence && extractor.mayReportEvent(sentence.text());
      // In a long article the lexicon's triggers are read as they are (its precise phrases were
      // made on such writing) and the classifier's time goes to the sentences it does not cover.
      detections.add(
          lexicon ? EventDetector.IMPLAUSIBLE : said.computeIfAbsent(sentence.text(), detect));
    }
    if (detector.isPresent()) {
      detections = detector.get().withWhole(text, detections);
    }
    return new Classified(annotated, detections);
  }

  /** Classifies the sentences of a document annotated elsewhere (by any annotator). */
  public Classified classify(AnnotatedDocument annotated) {
    List<String> texts = texts(annotated);
    List<Detection> detections =
        detector.isPresent()
            ? detector.get().detect(annotated.text(), texts)
            : Collections.nCopies(texts.size(), EventDetector.IMPLAUSIBLE);
    return new Classified(annotated, detections);
  }

  /** Reads the reports, actors and relations of a document already annotated (by any annotator). */
  public Result extract(String documentId, AnnotatedDocument annotated) {
    return extract(documentId, classify(annotated));
  }

  /**
   * A document annotated, with what the event classifier said of each of its sentences.
   *
   * @param document the annotated document
   * @param detections one per sentence, in order
   */
  public record Classified(AnnotatedDocument document, List<Detection> detections) {
    public Classified {
      detections = List.copyOf(detections);
      if (detections.size() != document.sentences().size()) {
        throw new IllegalArgumentException("one detection per sentence is needed");
      }
    }
  }

  private static List<String> texts(AnnotatedDocument annotated) {
    return annotated.sentences().stream().map(Sentence::text).toList();
  }

  /** Reads the reports, actors and relations of a classified document. */
  public Result extract(String documentId, Classified classified) {
    AnnotatedDocument annotated = classified.document();
    Extraction extraction = extractor.extract(documentId, annotated, classified.detections());
    List<Report> placed = places.resolve(extraction.reports(), annotated.text());
    // Finding the document's own country is a pass over its text: only when something needs it.
    boolean needed =
        placed.stream().anyMatch(binder::unbound)
            || extraction.mentions().stream().anyMatch(m -> binder.unbound(m.actor().id()));
    String home = needed ? binder.home(annotated.text(), placed) : null;
    List<Report> reports = placed.stream().map(r -> binder.bind(r, home)).toList();
    List<Actor> actors = actors(extraction, reports, home);
    List<Relation> stated = relations.extract(documentId, annotated, extraction.mentions());
    List<Relation> all = new ArrayList<>(stated);
    all.addAll(priorRelations(actors));
    return new Result(reports, actors, all);
  }

  /**
   * What extraction read from one document.
   *
   * @param reports its reports
   * @param actors every actor it names or its reports refer to, with the surface forms met
   * @param relations the relations its sentences state, then the registry's prior relations that
   *     involve one of {@code actors} (marked {@code prior}, with no document)
   */
  public record Result(List<Report> reports, List<Actor> actors, List<Relation> relations) {
    public Result {
      reports = List.copyOf(reports);
      actors = List.copyOf(actors);
      relations = List.copyOf(relations);
    }
  }

  /**
   * The registry's relations that involve one of {@code actors}; the store keeps those whose other
   * actor it knows too.
   */
  private List<Relation> priorRelations(List<Actor> actors) {
    Set<String> ids = new HashSet<>();
    actors.forEach(a -> ids.add(a.id()));
    ActorRegistry registry = resolver.registry();
    List<Relation> out = new ArrayList<>();
    for (PriorRelation p : registry.relations()) {
      if (ids.contains(p.subject()) || ids.contains(p.object())) {
        Actor subject = registry.actor(p.subject()).orElseThrow();
        Actor object = registry.actor(p.object()).orElseThrow();
        if (p.type().symmetric() && subject.id().compareTo(object.id()) > 0) {
          // One order for symmetric relations, as the relation extractor writes them.
          Actor swap = subject;
          subject = object;
          object = swap;
        }
        String id = "prior-" + subject.id() + "-" + p.type().code() + "-" + object.id();
        out.add(new Relation(id, subject.ref(), p.type(), object.ref(), null, null, null, true));
      }
    }
    return out;
  }

  private List<Actor> actors(Extraction extraction, List<Report> reports, String home) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    for (ActorMention m : extraction.mentions()) {
      // A generic actor ("protesters") is listed as the document's country's.
      Actor actor =
          m.actor().id().contains(":")
              ? m.actor()
              : binder.actor(m.actor().id(), home).orElse(m.actor());
      byId.putIfAbsent(actor.id(), actor);
      aliases
          .computeIfAbsent(actor.id(), id -> new LinkedHashSet<>(actor.aliases()))
          .add(surfaceName(m.surface()));
    }
    for (Report r : reports) {
      List<ActorRef> refs = new ArrayList<>(r.claimedBy());
      refs.addAll(r.assocActors());
      refs.add(r.actor1());
      refs.add(r.actor2());
      for (ActorRef ref : refs) {
        if (ref != null && !byId.containsKey(ref.id())) {
          binder
              .actor(ref.id(), null)
              .or(() -> resolver.registry().actor(ref.id()))
              .ifPresent(a -> byId.put(ref.id(), a));
        }
      }
    }
    List<Actor> actors = new ArrayList<>();
    for (Actor a : byId.values()) {
      Set<String> names = aliases.getOrDefault(a.id(), new LinkedHashSet<>(a.aliases()));
      names.remove(a.name());
      actors.add(
          new Actor(a.id(), a.name(), a.kind(), a.country(), List.copyOf(names), a.parent()));
    }
    return actors;
  }

  /** The name a surface form gives, without a possessive or a hyphenated tail. */
  private static String surfaceName(String surface) {
    return surface
        .replaceAll("[’']s$", "")
        .replaceAll(
            "-(held|backed|aligned|linked|led|affiliated|controlled|run|occupied|allied)$", "");
  }

  /** The resolver's actor mentions as the extract stage reads them. */
  public static ActorFinder finder(ActorResolver resolver) {
    return text ->
        resolver.mentions(text).stream()
            .map(
                m ->
                    new ActorMention(
                        m.span(),
                        m.surface(),
                        m.actor(),
                        m.modifier(),
                        m.form() == org.sitrep.resolve.MentionForm.METONYM))
            .toList();
  }

  private static String safeDate(String published) {
    return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? published.substring(0, 10)
        : null;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ExtractionPipeline[%s]", VERSION);
  }
}
