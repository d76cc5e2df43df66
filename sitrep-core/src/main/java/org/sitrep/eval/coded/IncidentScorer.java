package org.sitrep.eval.coded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.eval.Names;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Scores fusion against an {@link IncidentKey}. An article belongs to the incident whose name its
 * source (file name) starts with. Its reports of the incident are those whose date and place do not
 * contradict the key and at least one of which agrees with it: an article also mentions earlier
 * attacks, which are not the incident. A report no event holds is an event of its own. Thread-safe.
 */
public final class IncidentScorer {
  /** The label of an article of no incident of the key. */
  private static final String OTHER = "(other)";

  /** Scores what {@code store} holds. */
  public IncidentResult score(IncidentKey key, DocumentStore store) {
    return score(key, store.documents(), store.reports(), store.events());
  }

  /**
   * Scores the given store contents.
   *
   * @param documents the stored documents; those of no incident count for false merges only
   * @param reports the stored reports
   * @param events the fused events
   */
  public IncidentResult score(
      IncidentKey key, List<StoredDocument> documents, List<Report> reports, List<Event> events) {
    Map<String, String> labelOfDocument = new HashMap<>();
    Map<String, List<StoredDocument>> articles = new TreeMap<>();
    for (StoredDocument d : documents) {
      String label = label(key, d.source());
      labelOfDocument.put(d.id(), label);
      articles.computeIfAbsent(label, l -> new ArrayList<>()).add(d);
    }
    Map<String, String> eventOfReport = new HashMap<>();
    Map<String, Set<String>> labelsOfEvent = new HashMap<>();
    for (Event event : events) {
      event.reportIds().forEach(r -> eventOfReport.put(r, event.id()));
    }
    for (Report r : reports) {
      String event = eventOfReport.computeIfAbsent(r.id(), id -> id);
      labelsOfEvent
          .computeIfAbsent(event, e -> new TreeSet<>())
          .add(labelOfDocument.getOrDefault(r.documentId(), OTHER));
    }
    Map<String, List<Report>> reportsOfDocument = new HashMap<>();
    reports.stream()
        .sorted(Comparator.comparing(Report::id))
        .forEach(
            r -> reportsOfDocument.computeIfAbsent(r.documentId(), d -> new ArrayList<>()).add(r));

    List<IncidentResult.IncidentScore> scores = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> merged = new TreeSet<>();
    List<String> merges = new ArrayList<>();
    for (IncidentKey.Incident incident : key.incidents()) {
      List<StoredDocument> own =
          articles.getOrDefault(incident.name(), List.of()).stream()
              .sorted(Comparator.comparing(StoredDocument::source))
              .toList();
      if (own.isEmpty()) {
        problems.add("no article of " + incident.name() + " is in the store");
      }
      List<Set<String>> eventsOfArticle = new ArrayList<>();
      Set<String> spread = new LinkedHashSet<>();
      int reportCount = 0;
      for (StoredDocument article : own) {
        Set<String> eventIds = new TreeSet<>();
        for (Report r : reportsOfDocument.getOrDefault(article.id(), List.of())) {
          if (fits(incident, r)) {
            reportCount++;
            eventIds.add(eventOfReport.get(r.id()));
          }
        }
        eventsOfArticle.add(eventIds);
        spread.addAll(eventIds);
      }
      int pairs = 0;
      int joined = 0;
      for (int i = 0; i < eventsOfArticle.size(); i++) {
        for (int j = i + 1; j < eventsOfArticle.size(); j++) {
          pairs++;
          Set<String> shared = new HashSet<>(eventsOfArticle.get(i));
          shared.retainAll(eventsOfArticle.get(j));
          if (!shared.isEmpty()) {
            joined++;
          }
        }
      }
      int falseMerges = 0;
      for (String event : spread) {
        Set<String> labels = labelsOfEvent.getOrDefault(event, Set.of());
        if (labels.size() > 1) {
          falseMerges++;
          if (merged.add(event)) {
            merges.add(event + ": " + String.join(" + ", labels));
          }
        }
      }
      scores.add(
          new IncidentResult.IncidentScore(
              incident.name(),
              own.size(),
              (int) eventsOfArticle.stream().filter(s -> !s.isEmpty()).count(),
              reportCount,
              pairs,
              joined,
              spread.size(),
              falseMerges));
    }
    return new IncidentResult(scores, merged.size(), merges, problems);
  }

  /** The incident whose name {@code source} starts with (the longest such), else {@link #OTHER}. */
  private static String label(IncidentKey key, String source) {
    String best = OTHER;
    for (IncidentKey.Incident incident : key.incidents()) {
      if (source != null
          && source.startsWith(incident.name())
          && (best.equals(OTHER) || incident.name().length() > best.length())) {
        best = incident.name();
      }
    }
    return best;
  }

  /** Whether {@code r} reports {@code incident}: nothing contradicts it and something agrees. */
  static boolean fits(IncidentKey.Incident incident, Report r) {
    Agreement date = date(incident.date(), r.date().iso());
    Agreement place = place(incident, r.location());
    return date != Agreement.CONTRADICTS
        && place != Agreement.CONTRADICTS
        && (date == Agreement.AGREES || place == Agreement.AGREES);
  }

  /** What one field of a report says about it being the incident's. */
  private enum Agreement {
    AGREES,
    CONTRADICTS,
    SILENT
  }

  /**
   * Whether a report's date ({@code 2024-03-22}, {@code 2024-03}, {@code 2024}, {@code --03-22})
   * fits the key's day or month: as far as both say, they must be the same.
   */
  private static Agreement date(String key, String iso) {
    if (key == null || iso == null) {
      return Agreement.SILENT;
    }
    if (iso.startsWith("--")) {
      // Month and day without year: compare them with the key's.
      String monthDay = iso.substring(2);
      String keyMonthDay = key.length() > 5 ? key.substring(5) : "";
      boolean same =
          keyMonthDay.length() == 5
              ? keyMonthDay.equals(monthDay)
              : monthDay.startsWith(keyMonthDay);
      return same ? Agreement.AGREES : Agreement.CONTRADICTS;
    }
    boolean same = iso.startsWith(key) || key.startsWith(iso);
    return same ? Agreement.AGREES : Agreement.CONTRADICTS;
  }

  private static Agreement place(IncidentKey.Incident incident, Location location) {
    if (location == null) {
      return Agreement.SILENT;
    }
    if (Names.matches(location.name(), incident.places())
        || Names.matches(location.admin1(), incident.places())
        || Names.matches(location.country(), incident.countries())) {
      return Agreement.AGREES;
    }
    // A place named without country may still be one of the key's under another spelling.
    return location.country() == null ? Agreement.SILENT : Agreement.CONTRADICTS;
  }
}
