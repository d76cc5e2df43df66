package org.sitrep.eval.coded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.Names;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Scores a store's reports against coded rows. A row's document is the stored document whose source
 * is the row's document id ({@code <file>:<row id>}, the id of its JSON Lines record). Each metric
 * is computed over every row that gives it: a row without report counts as wrong. When a row's
 * document has several reports, the one right on most of the row's metrics is scored (the first by
 * id among equals), so a document that names other events besides the coded one is not penalised
 * for them. Thread-safe.
 */
public final class CodedScorer {
  private final LooseActors looseActors;

  /**
   * @param looseActors the actor1 comparison
   */
  public CodedScorer(LooseActors looseActors) {
    this.looseActors = looseActors;
  }

  /** The scorer with the bundled generic actor words. */
  public static CodedScorer standard() {
    return new CodedScorer(LooseActors.standard());
  }

  /** Scores what {@code store} holds against {@code file}. */
  public CodedResult score(CodedFile file, DocumentStore store) {
    return score(file, store.documents(), store.reports(), store.actors());
  }

  /**
   * Scores the given store contents against {@code file}.
   *
   * @param documents the stored documents, current versions
   * @param reports the stored reports; those of other documents are ignored
   * @param actors the stored actors, for the aliases, kind and country of a report's actor1
   */
  public CodedResult score(
      CodedFile file, List<StoredDocument> documents, List<Report> reports, List<Actor> actors) {
    Map<String, String> idOfSource = new HashMap<>();
    documents.stream()
        .sorted(Comparator.comparing(StoredDocument::id))
        .forEach(d -> idOfSource.putIfAbsent(d.source(), d.id()));
    Map<String, List<Report>> reportsOfDocument = new HashMap<>();
    reports.stream()
        .sorted(Comparator.comparing(Report::id))
        .forEach(
            r -> reportsOfDocument.computeIfAbsent(r.documentId(), d -> new ArrayList<>()).add(r));
    Map<String, Actor> actorById = new HashMap<>();
    actors.forEach(a -> actorById.put(a.id(), a));

    Map<Metric, int[]> counts = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      counts.put(metric, new int[2]);
    }
    int inStore = 0;
    int reportCount = 0;
    int eventRows = 0;
    int detected = 0;
    int noEventRows = 0;
    int falsePositives = 0;
    List<SubEventType> gold = new ArrayList<>();
    List<SubEventType> predicted = new ArrayList<>();
    List<CodedResult.RowOutcome> outcomes = new ArrayList<>();
    for (CodedRow row : file.rows()) {
      String documentId = idOfSource.get(row.documentId());
      List<Report> rowReports =
          documentId == null ? List.of() : reportsOfDocument.getOrDefault(documentId, List.of());
      if (documentId != null) {
        inStore++;
      }
      reportCount += rowReports.size();
      if (!row.event()) {
        noEventRows++;
        if (!rowReports.isEmpty()) {
          falsePositives++;
        }
        outcomes.add(
            new CodedResult.RowOutcome(
                row.documentId(),
                false,
                documentId != null,
                rowReports.size(),
                null,
                null,
                List.of()));
        continue;
      }
      eventRows++;
      if (!rowReports.isEmpty()) {
        detected++;
      }
      Report best = null;
      Map<Metric, Boolean> bestChecks = checks(row, null, actorById);
      int bestFit = -1;
      for (Report report : rowReports) {
        Map<Metric, Boolean> checks = checks(row, report, actorById);
        int fit = (int) checks.values().stream().filter(b -> b).count();
        if (fit > bestFit) {
          best = report;
          bestChecks = checks;
          bestFit = fit;
        }
      }
      List<Metric> wrong = new ArrayList<>();
      bestChecks.forEach(
          (metric, correct) -> {
            int[] c = counts.get(metric);
            c[1]++;
            if (correct) {
              c[0]++;
            } else {
              wrong.add(metric);
            }
          });
      if (row.subTypes().size() == 1) {
        gold.add(row.subTypes().iterator().next());
        predicted.add(best == null ? null : best.subEventType());
      }
      outcomes.add(
          new CodedResult.RowOutcome(
              row.documentId(),
              true,
              documentId != null,
              rowReports.size(),
              best == null ? null : best.id(),
              best == null ? null : best.subEventType().label(),
              wrong));
    }
    Map<Metric, Score> fields = new EnumMap<>(Metric.class);
    counts.forEach((metric, c) -> fields.put(metric, Score.of(c[0], c[1])));
    boolean isCase = file.source() == Source.CASE;
    return new CodedResult(
        file.name(),
        file.source(),
        file.rows().size(),
        inStore,
        reportCount,
        Score.of(detected, eventRows),
        isCase ? Score.of(falsePositives, noEventRows) : null,
        fields,
        isCase ? F1Scores.of(gold, predicted) : null,
        outcomes);
  }

  /**
   * Per metric the row gives, whether {@code report} has it right; every one wrong when {@code
   * report} is null.
   */
  Map<Metric, Boolean> checks(CodedRow row, Report report, Map<String, Actor> actorById) {
    Map<Metric, Boolean> checks = new EnumMap<>(Metric.class);
    Location location = report == null ? null : report.location();
    if (!row.subTypes().isEmpty()) {
      checks.put(
          Metric.SUB_EVENT_TYPE, report != null && row.subTypes().contains(report.subEventType()));
    }
    if (!row.eventTypes().isEmpty()) {
      checks.put(
          Metric.EVENT_TYPE, report != null && row.eventTypes().contains(report.eventType()));
    }
    if (row.country() != null) {
      checks.put(
          Metric.COUNTRY,
          location != null && Names.matches(location.country(), List.of(row.country())));
    }
    List<String> places = places(row);
    if (!places.isEmpty()) {
      checks.put(
          Metric.PLACE,
          location != null
              && (Names.matches(location.name(), places)
                  || Names.matches(location.admin1(), places)));
    }
    if (row.fatalities() != null) {
      // A report that gives no toll says none was reported: ACLED codes that as 0.
      int value = report == null || report.fatalities() == null ? 0 : report.fatalities().value();
      checks.put(Metric.FATALITIES, report != null && value == row.fatalities());
    }
    if (row.date() != null && Integer.valueOf(1).equals(row.timePrecision())) {
      checks.put(Metric.DATE, report != null && row.date().toString().equals(report.date().iso()));
    }
    if (!row.actor1().isEmpty()) {
      checks.put(
          Metric.ACTOR1,
          report != null
              && report.actor1() != null
              && looseActors.matches(actor(report.actor1(), actorById), row.actor1()));
    }
    return checks;
  }

  /** The gold place names: location and admin1 to admin3, those given. */
  private static List<String> places(CodedRow row) {
    List<String> places = new ArrayList<>();
    for (String name : new String[] {row.location(), row.admin1(), row.admin2(), row.admin3()}) {
      if (name != null) {
        places.add(name);
      }
    }
    return places;
  }

  /** The stored actor {@code ref} names; one known by name only when the store lacks it. */
  private static Actor actor(ActorRef ref, Map<String, Actor> actorById) {
    Actor actor = actorById.get(ref.id());
    return actor != null
        ? actor
        : new Actor(ref.id(), ref.name(), ActorKind.ORGANIZATION, null, List.of(), null);
  }
}
