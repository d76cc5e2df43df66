package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.eval.EvalResult.Detection;
import org.sitrep.eval.EvalResult.EventDetail;
import org.sitrep.eval.EvalResult.Field;
import org.sitrep.eval.EvalResult.FieldScore;
import org.sitrep.eval.EvalResult.Issue;
import org.sitrep.eval.EvalResult.Mismatch;
import org.sitrep.eval.EvalResult.PointScore;
import org.sitrep.eval.EvalResult.ReportIssue;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Scores a store's extraction against an answer key.
 *
 * <p>Each event's evidence (and also_evidence) is located in its document's cleaned text, ignoring
 * differences of whitespace, quote and dash characters and case. A report of that document is a
 * candidate for the event when its span overlaps one of those stretches. Within each document,
 * reports and events are paired one to one by a maximum-weight assignment that first pairs as many
 * events as possible, then prefers reports that overlap the main evidence and agree on type, date
 * and place. A candidate left over is a duplicate of an event already paired; a report that
 * overlaps no event is a false positive. Only documents the key covers are scored; they are found
 * in the store by source name.
 */
public final class Scorer {
  /** Weight of any candidate pair: larger than every sum of agreement bonuses. */
  private static final long CANDIDATE = 1_000_000L;

  /** Scores everything {@code store} holds, its fused events included, against {@code key}. */
  public EvalResult score(AnswerKey key, DocumentStore store) {
    return score(
        key, store.documents(), store.reports(), store.actors(), store.relations(), store.events());
  }

  /**
   * Scores the given store contents against {@code key}, as if no report were fused with another.
   *
   * @see #score(AnswerKey, List, List, List, List, List)
   */
  public EvalResult score(
      AnswerKey key,
      List<StoredDocument> documents,
      List<Report> reports,
      List<Actor> actors,
      List<Relation> relations) {
    return score(key, documents, reports, actors, relations, List.of());
  }

  /**
   * Scores the given store contents against {@code key}.
   *
   * @param documents the stored documents, current versions
   * @param reports the stored reports (those of documents the key does not cover are ignored)
   * @param actors the stored actors, whose names and aliases resolve actor names
   * @param relations the stored relations
   * @param events the fused events; a report in none is an event of its own
   */
  public EvalResult score(
      AnswerKey key,
      List<StoredDocument> documents,
      List<Report> reports,
      List<Actor> actors,
      List<Relation> relations,
      List<Event> events) {
    List<String> problems = new ArrayList<>();
    Map<String, StoredDocument> byName = documentsByName(key, documents, problems);
    Map<String, NormalisedText> texts = new HashMap<>();
    byName.forEach((name, d) -> texts.put(name, NormalisedText.of(d.text())));
    Map<String, String> nameOfId = new HashMap<>();
    byName.forEach((name, d) -> nameOfId.put(d.id(), name));

    Map<String, List<Span>> eventSpans = new LinkedHashMap<>();
    Set<String> located = new HashSet<>();
    for (AnswerKey.Event event : key.events()) {
      NormalisedText text = texts.get(event.doc());
      List<Span> spans = new ArrayList<>();
      if (text != null) {
        locate(text, event.id(), event.evidence(), problems).ifPresent(spans::add);
        if (!spans.isEmpty()) {
          located.add(event.id());
        }
        for (String also : event.alsoEvidence()) {
          locate(text, event.id() + " (also)", also, problems).ifPresent(spans::add);
        }
      }
      eventSpans.put(event.id(), spans);
    }
    Map<String, List<Span>> noEventSpans = new HashMap<>();
    for (AnswerKey.NoEvent noEvent : key.noEvents()) {
      NormalisedText text = texts.get(noEvent.doc());
      if (text != null) {
        // A no-event sentence missing from the cleaned text is no problem: teasers of other
        // articles are meant to be dropped as furniture, and nothing can be drawn from them then.
        text.find(noEvent.evidence())
            .ifPresent(
                s -> noEventSpans.computeIfAbsent(noEvent.doc(), d -> new ArrayList<>()).add(s));
      }
    }

    Map<String, Set<String>> actorNames = new HashMap<>();
    for (Actor actor : actors) {
      Set<String> names = new LinkedHashSet<>();
      names.add(actor.name());
      names.addAll(actor.aliases());
      actorNames.put(actor.id(), names);
    }

    // Pair reports and events document by document.
    Map<String, List<Report>> reportsByDoc = new LinkedHashMap<>();
    reports.stream()
        .filter(r -> nameOfId.containsKey(r.documentId()))
        .sorted(Comparator.comparing(Report::id))
        .forEach(
            r ->
                reportsByDoc
                    .computeIfAbsent(nameOfId.get(r.documentId()), d -> new ArrayList<>())
                    .add(r));
    Map<String, Report> matched = new HashMap<>();
    Map<String, List<String>> duplicates = new HashMap<>();
    List<ReportIssue> issues = new ArrayList<>();
    int falsePositives = 0;
    int noEventReports = 0;
    for (Map.Entry<String, List<Report>> entry : reportsByDoc.entrySet()) {
      String doc = entry.getKey();
      List<Report> docReports = entry.getValue();
      List<AnswerKey.Event> golds =
          key.events().stream()
              .filter(e -> e.doc().equals(doc) && !eventSpans.get(e.id()).isEmpty())
              .toList();
      long[][] weights = new long[golds.size()][docReports.size()];
      for (int g = 0; g < golds.size(); g++) {
        for (int r = 0; r < docReports.size(); r++) {
          AnswerKey.Event gold = golds.get(g);
          weights[g][r] =
              weight(
                  gold, eventSpans.get(gold.id()), located.contains(gold.id()), docReports.get(r));
        }
      }
      int[] assigned = Assignment.maximise(weights);
      boolean[] taken = new boolean[docReports.size()];
      for (int g = 0; g < golds.size(); g++) {
        if (assigned[g] >= 0) {
          taken[assigned[g]] = true;
          matched.put(golds.get(g).id(), docReports.get(assigned[g]));
        }
      }
      for (int r = 0; r < docReports.size(); r++) {
        Report report = docReports.get(r);
        if (!taken[r]) {
          int best = -1;
          for (int g = 0; g < golds.size(); g++) {
            if (weights[g][r] > 0 && (best < 0 || weights[g][r] > weights[best][r])) {
              best = g;
            }
          }
          if (best < 0) {
            falsePositives++;
            issues.add(issue(report, doc, Issue.FALSE_POSITIVE, null));
          } else {
            // Every event a leftover candidate overlaps is already paired: the assignment
            // pairs as many as it can, so this report says again what another one said.
            String goldId = golds.get(best).id();
            duplicates.computeIfAbsent(goldId, id -> new ArrayList<>()).add(report.id());
            issues.add(issue(report, doc, Issue.DUPLICATE, goldId));
          }
        }
        if (noEventSpans.getOrDefault(doc, List.of()).stream()
            .anyMatch(s -> overlaps(s, report.span()))) {
          noEventReports++;
          issues.add(issue(report, doc, Issue.NO_EVENT, null));
        }
      }
    }

    Map<String, String> reportOfGold = new HashMap<>();
    matched.forEach((goldId, report) -> reportOfGold.put(goldId, report.id()));
    EventFields fields = new EventFields(actorNames, reportOfGold);
    Map<Field, int[]> fieldCounts = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      fieldCounts.put(field, new int[2]);
    }
    List<EventDetail> details = new ArrayList<>();
    int withLocation = 0;
    int countryOnly = 0;
    List<String> withoutPoint = new ArrayList<>();
    int coreEvents = 0;
    int truePositives = 0;
    for (AnswerKey.Event event : key.events()) {
      Report report = matched.get(event.id());
      if (event.core()) {
        coreEvents++;
        if (report != null) {
          truePositives++;
        }
      }
      if (report != null && report.location() != null) {
        withLocation++;
        if (isCountryOnly(report.location())) {
          countryOnly++;
        } else if (report.location().lat() == null || report.location().lon() == null) {
          withoutPoint.add(event.id());
        }
      }
      List<Mismatch> mismatches = new ArrayList<>();
      if (report != null) {
        for (EventFields.Check check : fields.check(event, report)) {
          int[] counts = fieldCounts.get(check.field());
          counts[1]++;
          if (check.correct()) {
            counts[0]++;
          } else {
            mismatches.add(new Mismatch(check.field(), check.expected(), check.actual()));
          }
        }
      }
      details.add(
          new EventDetail(
              event.id(),
              event.doc(),
              event.core(),
              located.contains(event.id()),
              report == null ? null : report.id(),
              duplicates.getOrDefault(event.id(), List.of()),
              mismatches));
    }
    List<FieldScore> fieldScores = new ArrayList<>();
    fieldCounts.forEach((field, c) -> fieldScores.add(FieldScore.of(field, c[0], c[1])));
    issues.sort(Comparator.comparing(ReportIssue::reportId).thenComparing(ReportIssue::issue));
    int duplicateCount = duplicates.values().stream().mapToInt(List::size).sum();

    return new EvalResult(
        Detection.of(coreEvents, truePositives, falsePositives, duplicateCount, noEventReports),
        fieldScores,
        new PointScore(withLocation, countryOnly, withoutPoint),
        ActorScoring.clusters(key, actors),
        ActorScoring.relations(key, relations, actorNames, byName),
        CleaningCheck.score(key, byName),
        FusionScoring.score(key, reportOfGold, events),
        details,
        issues,
        problems);
  }

  /** A location that names only its country, and so has no point. */
  private static boolean isCountryOnly(Location location) {
    return location.lat() == null
        && location.country() != null
        && (location.name() == null || Names.matches(location.name(), List.of(location.country())));
  }

  /** The stored documents the key names, by the key's file name; missing ones are problems. */
  private static Map<String, StoredDocument> documentsByName(
      AnswerKey key, List<StoredDocument> documents, List<String> problems) {
    Set<String> names = new TreeSet<>(key.documents());
    key.events().forEach(e -> names.add(e.doc()));
    key.noEvents().forEach(e -> names.add(e.doc()));
    key.cleaning().forEach(c -> names.add(c.doc()));
    Map<String, StoredDocument> byName = new LinkedHashMap<>();
    for (String name : names) {
      Optional<StoredDocument> found =
          documents.stream()
              .filter(d -> name.equals(d.source()))
              .findFirst()
              .or(
                  () ->
                      documents.stream()
                          .filter(d -> d.origin() != null && d.origin().endsWith("/" + name))
                          .findFirst());
      if (found.isPresent()) {
        byName.put(name, found.get());
      } else {
        problems.add("document " + name + " is not in the store");
      }
    }
    return byName;
  }

  private static Optional<Span> locate(
      NormalisedText text, String what, String evidence, List<String> problems) {
    Optional<Span> span = text.find(evidence);
    if (span.isEmpty()) {
      problems.add(what + ": evidence not found in the text: \"" + evidence + "\"");
    }
    return span;
  }

  /**
   * How much {@code report} is worth pairing with {@code gold}: 0 when its span overlaps none of
   * the event's evidence, else {@link #CANDIDATE} plus bonuses for overlapping the main evidence
   * and for agreeing on type, date and place.
   */
  private static long weight(
      AnswerKey.Event gold, List<Span> spans, boolean mainLocated, Report report) {
    if (spans.stream().noneMatch(s -> overlaps(s, report.span()))) {
      return 0;
    }
    long weight = CANDIDATE;
    // When located, the first span is the main evidence; also_evidence is a restatement.
    if (mainLocated && overlaps(spans.get(0), report.span())) {
      weight += 40;
    }
    if (Names.matches(report.eventType().label(), gold.eventTypes())) {
      weight += 10;
    }
    if (Names.matches(report.subEventType().label(), gold.subEventTypes())) {
      weight += 5;
    }
    String date = report.date().iso();
    if (gold.date() == null ? date == null : gold.date().equals(date)) {
      weight += 10;
    }
    if (gold.location() != null && report.location() != null) {
      if (Names.matches(report.location().country(), gold.location().countries())) {
        weight += 5;
      }
      if (Names.matches(report.location().name(), gold.location().names())) {
        weight += 5;
      }
    }
    if (gold.core()) {
      weight += 3; // only a tie-breaker: what the report agrees with matters more
    }
    return weight;
  }

  /** Whether two half-open spans share a character. */
  static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  private static ReportIssue issue(Report report, String doc, Issue issue, String goldId) {
    return new ReportIssue(report.id(), doc, issue, goldId, report.evidence());
  }
}
