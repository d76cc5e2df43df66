package org.sitrep.eval;

import java.util.List;
import java.util.Locale;

/**
 * How a store's extraction measures against an answer key: the figures, and per-event and
 * per-report detail for finding out why.
 *
 * @param detection finding the key's core events
 * @param fields per field, how often a matched event's report has it right
 * @param points whether matched events' locations have a point
 * @param clusters whether the key's actor clusters resolve to one actor each, never shared
 * @param relations how many of the key's relations the store has
 * @param cleaning whether documents have the key's title and author, and drop and keep the text the
 *     key says
 * @param fusion whether the key's same-incident events were fused and different ones kept apart
 * @param events one entry per event of the key, in key order
 * @param reportIssues reports of the key's documents that are false positives, duplicates or drawn
 *     from no-event sentences, sorted by report id
 * @param problems things that kept the key from being applied in full: documents not in the store,
 *     evidence not found in a document's text
 */
public record EvalResult(
    Detection detection,
    List<FieldScore> fields,
    PointScore points,
    ClusterScore clusters,
    RelationScore relations,
    CleaningScore cleaning,
    FusionScore fusion,
    List<EventDetail> events,
    List<ReportIssue> reportIssues,
    List<String> problems) {
  public EvalResult {
    fields = List.copyOf(fields);
    events = List.copyOf(events);
    reportIssues = List.copyOf(reportIssues);
    problems = List.copyOf(problems);
  }

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /**
   * Finding the core events. A report matched to a non-core event counts neither way.
   *
   * @param coreEvents core events in the key
   * @param truePositives core events matched by a report
   * @param falsePositives reports of the key's documents that match no event of the key
   * @param duplicates reports that match an event already matched by another report
   * @param noEventReports reports drawn from a sentence the key says yields nothing
   * @param precision truePositives / (truePositives + falsePositives)
   * @param recall truePositives / coreEvents
   * @param f1 the harmonic mean of precision and recall
   */
  public record Detection(
      int coreEvents,
      int truePositives,
      int falsePositives,
      int duplicates,
      int noEventReports,
      double precision,
      double recall,
      double f1) {
    /** The figures with precision, recall and F1 computed from the counts. */
    public static Detection of(
        int coreEvents, int truePositives, int falsePositives, int duplicates, int noEventReports) {
      double precision = ratio(truePositives, truePositives + falsePositives);
      double recall = ratio(truePositives, coreEvents);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Detection(
          coreEvents,
          truePositives,
          falsePositives,
          duplicates,
          noEventReports,
          precision,
          recall,
          f1);
    }

    /** Core events no report matched. */
    public int missed() {
      return coreEvents - truePositives;
    }
  }

  /**
   * Whether matched events that have a location have a point. A location known only as a country
   * has none by design; any other location without one is a place the gazetteer did not resolve.
   *
   * @param located matched events whose report has a location
   * @param countryOnly of those, the ones whose location is only a country
   * @param withoutPoint the ids of the key's events whose report's location is not only a country
   *     but has no point, in key order
   */
  public record PointScore(int located, int countryOnly, List<String> withoutPoint) {
    public PointScore {
      withoutPoint = List.copyOf(withoutPoint);
    }
  }

  /**
   * Fusion of matched events of the key: pairs of one incident ({@code same_as}) across articles
   * that are joined in one fused event, and pairs of different incidents wrongly merged.
   *
   * @param sameIncidentPairs pairs of matched events in different articles with one {@code same_as}
   * @param joined those whose reports are in one fused event
   * @param falseMerges pairs of matched events of different incidents in one fused event
   * @param missed the same-incident pairs not joined, readably
   * @param merges the wrongly merged pairs, readably
   */
  public record FusionScore(
      int sameIncidentPairs,
      int joined,
      int falseMerges,
      List<String> missed,
      List<String> merges) {
    public FusionScore {
      missed = List.copyOf(missed);
      merges = List.copyOf(merges);
    }
  }

  /** The fields of an event that are scored on matched events. */
  public enum Field {
    DATE,
    EVENT_TYPE,
    SUB_EVENT_TYPE,
    ACTOR1,
    ACTOR2,
    COUNTRY,
    PLACE,
    FATALITIES,
    CLAIMS,
    MODALITY,
    RETALIATION;

    /** The lower-case name used in output, e.g. {@code sub_event_type}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One field's accuracy over the matched events it is scored on.
   *
   * @param field the field
   * @param correct events whose report has it right
   * @param scored events it was scored on
   * @param accuracy correct / scored, 0 when none was scored
   */
  public record FieldScore(Field field, int correct, int scored, double accuracy) {
    /** The score with its accuracy computed. */
    public static FieldScore of(Field field, int correct, int scored) {
      return new FieldScore(field, correct, scored, ratio(correct, scored));
    }
  }

  /**
   * A field a report has wrong.
   *
   * @param field the field
   * @param expected what the key accepts, readably
   * @param actual what the report has, or null
   */
  public record Mismatch(Field field, String expected, String actual) {}

  /**
   * One event of the key and how extraction fared on it.
   *
   * @param goldId the event's id in the key
   * @param document the article's file name
   * @param core whether it must be found
   * @param located whether its evidence was found in the document's text (it cannot be matched
   *     otherwise)
   * @param reportId the report matched to it, or null when none is
   * @param duplicates the other reports that match it
   * @param mismatches the fields the matched report has wrong; empty when none is matched
   */
  public record EventDetail(
      String goldId,
      String document,
      boolean core,
      boolean located,
      String reportId,
      List<String> duplicates,
      List<Mismatch> mismatches) {
    public EventDetail {
      duplicates = List.copyOf(duplicates);
      mismatches = List.copyOf(mismatches);
    }
  }

  /** What is wrong with a report. */
  public enum Issue {
    /** It matches no event of the key. */
    FALSE_POSITIVE,
    /** It matches an event that another report matched. */
    DUPLICATE,
    /** It was drawn from a sentence the key says yields nothing. */
    NO_EVENT
  }

  /**
   * A report that is wrong as a whole. A report may have two issues and is then listed twice.
   *
   * @param reportId the report's id
   * @param document the article's file name
   * @param issue what is wrong
   * @param goldId for a duplicate, the event it duplicates; else null
   * @param evidence the report's evidence
   */
  public record ReportIssue(
      String reportId, String document, Issue issue, String goldId, String evidence) {}

  /**
   * How the key's actor clusters resolve.
   *
   * @param clusters clusters in the key
   * @param resolved clusters all of whose forms resolve to one and the same actor
   * @param merges pairs of clusters that share an actor (each such pair is an error)
   * @param details per cluster, what each form resolved to
   */
  public record ClusterScore(
      int clusters, int resolved, List<Merge> merges, List<ClusterDetail> details) {
    public ClusterScore {
      merges = List.copyOf(merges);
      details = List.copyOf(details);
    }
  }

  /**
   * Two clusters of the key resolved to a shared actor.
   *
   * @param first the canonical name of one cluster
   * @param second the canonical name of the other
   * @param actorIds the actors they share
   */
  public record Merge(String first, String second, List<String> actorIds) {
    public Merge {
      actorIds = List.copyOf(actorIds);
    }
  }

  /**
   * One cluster of the key.
   *
   * @param canonical its readable name
   * @param resolved whether every form resolves, all to one actor
   * @param forms per surface form, the actors whose name or alias it is
   */
  public record ClusterDetail(String canonical, boolean resolved, List<FormResolution> forms) {
    public ClusterDetail {
      forms = List.copyOf(forms);
    }
  }

  /**
   * What one surface form resolves to.
   *
   * @param form the form as the key writes it
   * @param actorIds the actors whose name or an alias folds to it, sorted; empty when none does
   */
  public record FormResolution(String form, List<String> actorIds) {
    public FormResolution {
      actorIds = List.copyOf(actorIds);
    }
  }

  /**
   * How many of the key's relations the store has.
   *
   * @param coreRelations core relations in the key
   * @param coreFound core relations the store has, read from text (prior knowledge never counts)
   * @param relations all relations in the key
   * @param found all relations the store has
   * @param unmatchedStored relations the store read from the key's documents that the key does not
   *     have
   * @param missing the key's relations the store lacks, readably
   * @param wrongActors relations the store read from the key's documents between two actors of the
   *     key's clusters that no key relation links, readably
   */
  public record RelationScore(
      int coreRelations,
      int coreFound,
      int relations,
      int found,
      int unmatchedStored,
      List<String> missing,
      List<String> wrongActors) {
    public RelationScore {
      missing = List.copyOf(missing);
      wrongActors = List.copyOf(wrongActors);
    }
  }

  /**
   * Whether documents were cleaned as the key says: title, author, text dropped, text kept.
   *
   * @param checks checks made
   * @param passed checks passed
   * @param failures the checks failed, readably
   */
  public record CleaningScore(int checks, int passed, List<String> failures) {
    public CleaningScore {
      failures = List.copyOf(failures);
    }
  }
}
