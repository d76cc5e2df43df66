package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Claim;
import org.sitrep.model.Event.Fatalities;
import org.sitrep.model.Event.Field;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Makes one event of the reports fused into it. The most precise date and place win; the sub-type
 * and actors are those most reports give (a specific sub-type before the generic "Attack"; a
 * claimant stands in for a missing actor1); every claim is kept with its reports; fields on which
 * reports differ are listed, so that disagreements stay visible.
 *
 * <p>Fatalities follow UCDP: low is the smallest figure any report gives and high the largest. Best
 * is the median of the figures given as exact or approximate (the lower median, so that one outlier
 * does not move it), raised to the largest "at least" figure, since a report of at least N dead
 * rules out fewer; with only "at least" figures, best is the largest of them. Stateless and
 * thread-safe.
 */
final class Reconciler {
  private final Places places;
  private final Compatibility actors;

  /**
   * @param actors tells which actors are branches of which: claims by a group and its branch do not
   *     compete
   */
  Reconciler(Places places, Compatibility actors) {
    this.places = places;
    this.actors = actors;
  }

  /**
   * The event of {@code members}.
   *
   * @param eventOfReport the event id of every report, for lifting retaliation links
   */
  Event event(List<Report> members, Map<String, String> eventOfReport) {
    List<Report> sorted = members.stream().sorted(Comparator.comparing(Report::id)).toList();
    String id = eventId(sorted.get(0).id());
    List<String> reportIds = sorted.stream().map(Report::id).toList();
    List<String> documents =
        List.copyOf(new TreeSet<>(sorted.stream().map(Report::documentId).toList()));
    List<Field> disagreements = new ArrayList<>();
    disagree(disagreements, Field.DATE, sorted, r -> r.date().iso());
    disagree(disagreements, Field.SUB_EVENT_TYPE, sorted, Report::subEventType);
    disagree(disagreements, Field.ACTOR1, sorted, r -> r.actor1() == null ? null : r.actor1().id());
    disagree(disagreements, Field.ACTOR2, sorted, r -> r.actor2() == null ? null : r.actor2().id());
    disagree(
        disagreements,
        Field.LOCATION,
        sorted,
        r -> r.location() == null ? null : r.location().name());
    disagree(
        disagreements,
        Field.FATALITIES,
        sorted,
        r -> r.fatalities() == null ? null : r.fatalities().value());
    List<Claim> claims = claims(sorted);
    if (competing(claims)) {
      disagreements.add(Field.CLAIMS);
    }
    return new Event(
        id,
        reportIds,
        documents,
        date(sorted),
        subEventType(sorted),
        actor1(sorted, claims),
        mostGiven(sorted, Report::actor2, ActorRef::id).orElse(null),
        location(sorted),
        fatalities(sorted),
        claims,
        retaliationFor(sorted, id, eventOfReport),
        disagreements);
  }

  /** The id of the event whose smallest report id is {@code reportId}. */
  static String eventId(String reportId) {
    return "ev-" + (reportId.startsWith("doc-") ? reportId.substring(4) : reportId);
  }

  private static <T> void disagree(
      List<Field> out, Field field, List<Report> reports, Function<Report, T> value) {
    if (reports.stream().map(value).filter(Objects::nonNull).distinct().count() > 1) {
      out.add(field);
    }
  }

  private static EventDate date(List<Report> reports) {
    return reports.stream()
        .filter(r -> r.date().known())
        .min(
            Comparator.comparingInt((Report r) -> dateRank(r.date()))
                .thenComparing(r -> r.date().iso()))
        .map(Report::date)
        .orElse(EventDate.UNKNOWN);
  }

  /** Lower is more precise: a day of a known year, a week, a day without year, a month, a year. */
  private static int dateRank(EventDate date) {
    if (date.iso().startsWith("--")) {
      return 2;
    }
    DatePrecision p = date.precision() == null ? DatePrecision.DAY : date.precision();
    return switch (p) {
      case DAY -> 0;
      case WEEK -> 1;
      case MONTH -> 3;
      case YEAR -> 4;
    };
  }

  private static SubEventType subEventType(List<Report> reports) {
    Map<SubEventType, Integer> votes = new TreeMap<>();
    for (Report r : reports) {
      votes.merge(r.subEventType(), 1, Integer::sum);
    }
    // The generic "Attack" and "Other" say least: they win only when nothing else is said.
    boolean specific =
        votes.keySet().stream().anyMatch(t -> t != SubEventType.ATTACK && t != SubEventType.OTHER);
    return votes.entrySet().stream()
        .filter(
            e ->
                !specific
                    || (e.getKey() != SubEventType.ATTACK && e.getKey() != SubEventType.OTHER))
        .max(
            Map.Entry.<SubEventType, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow()
        .getKey();
  }

  private static ActorRef actor1(List<Report> reports, List<Claim> claims) {
    Optional<ActorRef> named =
        mostGiven(
            reports.stream()
                .filter(r -> r.actor1() == null || !Compatibility.generic(r.actor1()))
                .toList(),
            Report::actor1,
            ActorRef::id);
    if (named.isPresent()) {
      return named.get();
    }
    // "The Jan. 3 attack was declared by ISKP": the claimant is the best-known perpetrator.
    if (!claims.isEmpty()) {
      return claims.get(0).actor();
    }
    return mostGiven(reports, Report::actor1, ActorRef::id).orElse(null);
  }

  /** The value most reports give, ties to the smallest key; empty when none gives one. */
  private static <T> Optional<T> mostGiven(
      List<Report> reports, Function<Report, T> value, Function<T, String> key) {
    Map<String, Integer> votes = new TreeMap<>();
    Map<String, T> values = new HashMap<>();
    for (Report r : reports) {
      T v = value.apply(r);
      if (v != null) {
        votes.merge(key.apply(v), 1, Integer::sum);
        values.putIfAbsent(key.apply(v), v);
      }
    }
    return votes.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> values.get(e.getKey()));
  }

  private Location location(List<Report> reports) {
    return reports.stream()
        .filter(r -> r.location() != null)
        .min(
            Comparator.comparingInt((Report r) -> placeRank(r.location()))
                .thenComparing(r -> String.valueOf(r.location().name()))
                .thenComparing(Report::id))
        .map(Report::location)
        .orElse(null);
  }

  /** Lower is more precise: a point, a named place, a region, a country. */
  private int placeRank(Location l) {
    if (l.lat() != null && l.precision() != null) {
      return l.precision();
    }
    if (places.specific(l)) {
      return 4;
    }
    return l.admin1() != null ? 5 : 6;
  }

  private static Fatalities fatalities(List<Report> reports) {
    List<Count> counts = reports.stream().map(Report::fatalities).filter(Objects::nonNull).toList();
    if (counts.isEmpty()) {
      return null;
    }
    int low = counts.stream().mapToInt(Count::value).min().orElseThrow();
    int high = counts.stream().mapToInt(Count::value).max().orElseThrow();
    int floor =
        counts.stream()
            .filter(c -> c.qualifier() == Count.Qualifier.AT_LEAST)
            .mapToInt(Count::value)
            .max()
            .orElse(low);
    int[] stated =
        counts.stream()
            .filter(c -> c.qualifier() != Count.Qualifier.AT_LEAST)
            .mapToInt(Count::value)
            .sorted()
            .toArray();
    int best = stated.length == 0 ? floor : Math.max(floor, stated[(stated.length - 1) / 2]);
    return new Fatalities(low, best, high);
  }

  /** Whether two claimants are neither the same group nor a group and its branch. */
  private boolean competing(List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (!actors.related(claims.get(i).actor().id(), claims.get(j).actor().id())) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Claim> claims(List<Report> reports) {
    Map<String, ActorRef> actors = new TreeMap<>();
    Map<String, List<String>> carriers = new TreeMap<>();
    for (Report r : reports) {
      for (ActorRef claimant : r.claimedBy()) {
        actors.putIfAbsent(claimant.id(), claimant);
        List<String> ids = carriers.computeIfAbsent(claimant.id(), k -> new ArrayList<>());
        if (!ids.contains(r.id())) {
          ids.add(r.id());
        }
      }
    }
    return carriers.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .map(e -> new Claim(actors.get(e.getKey()), e.getValue()))
        .toList();
  }

  private static String retaliationFor(
      List<Report> reports, String self, Map<String, String> eventOfReport) {
    return reports.stream()
        .map(Report::retaliationFor)
        .filter(Objects::nonNull)
        .map(eventOfReport::get)
        .filter(e -> e != null && !e.equals(self))
        .sorted()
        .findFirst()
        .orElse(null);
  }
}
