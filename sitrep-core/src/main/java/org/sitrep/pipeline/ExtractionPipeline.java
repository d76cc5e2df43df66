package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.ActorFinder;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.RelationExtractor;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.NlpConfig;
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
public final class ExtractionPipeline {
  /** Bumped whenever extraction changes, so that stored documents are extracted again. */
  public static final String VERSION = "extract-3";

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
  private final RelationExtractor relations;

  /**
   * A pipeline over the given parts.
   *
   * @param annotator for {@link Annotation#FULL}, one built with {@code
   *     NlpConfig.baselineDefaults()}
   */
  public ExtractionPipeline(
      Annotator annotator, Annotation annotation, ActorResolver resolver, PlaceResolver places) {
    this.annotator = annotator;
    this.annotation = annotation;
    this.resolver = resolver;
    this.binder = new GenericBinder(resolver);
    this.places = places;
    this.extractor = EventExtractor.standard(finder(resolver));
    this.relations = RelationExtractor.standard();
  }

  /** A pipeline over the given parts and the standard gazetteer. */
  public ExtractionPipeline(Annotator annotator, Annotation annotation, ActorResolver resolver) {
    this(annotator, annotation, resolver, PlaceResolver.standard());
  }

  public ExtractionPipeline(Annotator annotator, ActorResolver resolver) {
    this(annotator, Annotation.TRIGGER_SENTENCES, resolver);
  }

  /** The standard pipeline: CoreNLP with the bundled models and the bundled actor registry. */
  public static ExtractionPipeline standard() {
    return standard(Annotation.TRIGGER_SENTENCES);
  }

  /** The bundled pipeline with the given annotation. */
  public static ExtractionPipeline standard(Annotation annotation) {
    Annotator annotator =
        annotation == Annotation.FULL
            ? new Annotator(NlpConfig.baselineDefaults())
            : Annotator.standard();
    return new ExtractionPipeline(annotator, annotation, ActorResolver.bundled());
  }

  /** The extractor version stored with each document it extracts; differs per annotation. */
  public String version() {
    return version(annotation);
  }

  /** The extractor version of pipelines with the given annotation. */
  public static String version(Annotation annotation) {
    return annotation == Annotation.FULL ? VERSION + "+full" : VERSION;
  }

  /**
   * Reads the reports of one document and the actors it names.
   *
   * @param published its publication date (ISO 8601) or null
   */
  public Result extract(String documentId, String text, String published) {
    return extract(documentId, annotate(text, published));
  }

  /**
   * Annotates a document the way this pipeline does: sentences everywhere, full annotation only for
   * sentences that carry an event trigger and their neighbours.
   */
  public AnnotatedDocument annotate(String text, String published) {
    return annotation == Annotation.FULL
        ? annotator.annotateFully(text, safeDate(published))
        : annotator.annotate(text, safeDate(published), extractor::mayReportEvent);
  }

  /** Reads the reports, actors and relations of a document already annotated (by any annotator). */
  public Result extract(String documentId, AnnotatedDocument annotated) {
    Extraction extraction = extractor.extract(documentId, annotated);
    List<Report> placed = places.resolve(extraction.reports(), annotated.text());
    String home = binder.home(annotated.text(), placed);
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
