package org.sitrep.fuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.FusionStamp;
import org.sitrep.model.Location;
import org.sitrep.model.Report;

/**
 * Fuses reports of one incident, from any number of documents, into events.
 *
 * <p>Candidate pairs come from a {@link BlockingIndex} (fusion family, country, date at its
 * precision), never from all pairs. Two reports are linked when {@link Compatibility} finds no
 * conflict and enough agreement. Reports are clustered one linked component at a time: in a
 * canonical order (most informative first, then by id) each report joins the cluster it is linked
 * to and conflicts with no member of; when it could join two clusters equally well it stays alone,
 * since a wrong merge is worse than a missed one. The result depends only on the set of reports,
 * never on the order they are given in, and event ids derive from each event's smallest report id.
 *
 * <p>Incremental: {@link #update} re-clusters only the components that hold a new, changed or
 * removed report, so it yields exactly what fusing everything again would. Thread-safe.
 */
public final class Fuser {
  private final Places places = Places.standard();
  private final Compatibility compatibility;
  private final Reconciler reconciler;

  /**
   * A fuser that knows which actors are branches or units of which.
   *
   * @param parents actor id to the id of the actor it is a branch or unit of
   */
  public Fuser(Map<String, String> parents) {
    this.compatibility = new Compatibility(places, parents);
    this.reconciler = new Reconciler(places, compatibility);
  }

  /**
   * The events of {@code reports}, sorted by id; empty when there are no reports.
   *
   * @throws IllegalArgumentException when two reports share an id
   */
  public List<Event> fuse(Collection<Report> reports) {
    return update(reports, List.of(), Map.of()).events();
  }

  /**
   * What changes in {@code previous} when the reports are now {@code reports}: every linked
   * component that holds a report that is new, whose fingerprint differs from its stamp, or that
   * held a report now gone or changed, is clustered again; events of untouched components stay,
   * except that their retaliation links are lifted again when the event they answered changed.
   *
   * @param reports every current report
   * @param previous the events of an earlier run, or empty
   * @param stamps the stamps the earlier run recorded per report id
   * @throws IllegalArgumentException when two reports share an id
   */
  public FusionChange update(
      Collection<Report> reports, Collection<Event> previous, Map<String, FusionStamp> stamps) {
    List<Report> sorted = reports.stream().sorted(Comparator.comparing(Report::id)).toList();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (position.put(sorted.get(i).id(), i) != null) {
        throw new IllegalArgumentException("two reports share the id " + sorted.get(i).id());
      }
    }
    Map<String, String> previousEvent = new HashMap<>();
    Map<String, Event> previousById = new TreeMap<>();
    for (Event e : previous) {
      previousById.put(e.id(), e);
      e.reportIds().forEach(r -> previousEvent.put(r, e.id()));
    }
    Map<String, String> fingerprintOf = new HashMap<>();
    TreeSet<Integer> seeds = new TreeSet<>();
    Set<String> staleComponents = new TreeSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      String id = sorted.get(i).id();
      String print = fingerprint(sorted.get(i));
      fingerprintOf.put(id, print);
      FusionStamp stamp = stamps.get(id);
      if (stamp == null || !print.equals(stamp.fingerprint()) || !previousEvent.containsKey(id)) {
        seeds.add(i);
        if (stamp != null) {
          staleComponents.add(stamp.component());
        }
      }
    }
    stamps.forEach(
        (id, stamp) -> {
          if (!position.containsKey(id)) {
            staleComponents.add(stamp.component());
          }
        });
    // A component that lost or changed a report may now split or cluster otherwise: all of it goes.
    stamps.forEach(
        (id, stamp) -> {
          if (position.containsKey(id) && staleComponents.contains(stamp.component())) {
            seeds.add(position.get(id));
          }
        });
    Set<String> removed = new TreeSet<>();
    for (Event e : previous) {
      if (e.reportIds().stream().anyMatch(r -> !position.containsKey(r))) {
        removed.add(e.id());
        e.reportIds().stream().filter(position::containsKey).map(position::get).forEach(seeds::add);
      }
    }

    BlockingIndex index = new BlockingIndex(sorted.stream().map(compatibility::features).toList());
    List<List<Report>> clusters = new ArrayList<>();
    Map<String, FusionStamp> newStamps = new TreeMap<>();
    boolean[] visited = new boolean[sorted.size()];
    for (int seed : seeds) {
      if (!visited[seed]) {
        List<Compatibility.Features> component = component(index, seed, visited);
        String componentId = component.get(0).report().id();
        for (Compatibility.Features f : component) {
          String id = f.report().id();
          newStamps.put(id, new FusionStamp(fingerprintOf.get(id), componentId));
          String old = previousEvent.get(id);
          if (old != null) {
            removed.add(old);
          }
        }
        clusters.addAll(cluster(component));
      }
    }
    Map<String, String> eventOfReport = new HashMap<>(previousEvent);
    Set<String> changedReports = new TreeSet<>();
    for (String id : removed) {
      previousById.get(id).reportIds().forEach(eventOfReport::remove);
      changedReports.addAll(previousById.get(id).reportIds());
    }
    Map<String, List<Report>> membersOf = new TreeMap<>();
    for (List<Report> cluster : clusters) {
      String id =
          Reconciler.eventId(cluster.stream().map(Report::id).min(String::compareTo).orElseThrow());
      membersOf.put(id, cluster);
      cluster.forEach(r -> eventOfReport.put(r.id(), id));
      cluster.forEach(r -> changedReports.add(r.id()));
    }
    // An untouched event that answers a report whose event changed is lifted again.
    for (Event e : previousById.values()) {
      if (removed.contains(e.id())) {
        continue;
      }
      List<Report> members = e.reportIds().stream().map(position::get).map(sorted::get).toList();
      boolean answersChanged =
          members.stream()
              .anyMatch(
                  r -> r.retaliationFor() != null && changedReports.contains(r.retaliationFor()));
      if (answersChanged) {
        removed.add(e.id());
        membersOf.put(e.id(), members);
        members.forEach(r -> newStamps.put(r.id(), stamps.get(r.id())));
      }
    }
    List<Event> events = new ArrayList<>();
    membersOf.forEach((id, members) -> events.add(reconciler.event(members, eventOfReport)));
    events.sort(Comparator.comparing(Event::id));
    return new FusionChange(List.copyOf(removed), events, newStamps);
  }

  /**
   * The reports linked, directly or not, to the report at {@code seed}, sorted by id. A link is
   * found from either end (a report searching the other's block, scored searcher first), so that
   * the component is the same whichever of its reports is reached first.
   */
  private List<Compatibility.Features> component(BlockingIndex index, int seed, boolean[] visited) {
    TreeSet<Integer> members = new TreeSet<>();
    Deque<Integer> queue = new ArrayDeque<>();
    visited[seed] = true;
    queue.add(seed);
    while (!queue.isEmpty()) {
      int at = queue.poll();
      members.add(at);
      Compatibility.Features r = index.report(at);
      for (int other : index.candidates(at)) {
        if (!visited[other] && compatibility.linked(r, index.report(other))) {
          visited[other] = true;
          queue.add(other);
        }
      }
      for (int other : index.searchers(at)) {
        if (!visited[other] && compatibility.linked(index.report(other), r)) {
          visited[other] = true;
          queue.add(other);
        }
      }
    }
    return members.stream().map(index::report).toList();
  }

  /**
   * The blocks {@code report} is filed under and searches: a distributed job groups reports by
   * these keys and calls {@link #links} on each group.
   */
  public BlockKeys blockKeys(Report report) {
    return BlockingIndex.keys(compatibility.features(report));
  }

  /**
   * The links within one block: every pair of a report of {@code searchers} and another report of
   * {@code filed} that is linked, scored searcher first, as {@code [searcher id, filed id]}.
   */
  public List<String[]> links(Collection<Report> searchers, Collection<Report> filed) {
    Map<String, Compatibility.Features> features = new HashMap<>();
    searchers.forEach(r -> features.computeIfAbsent(r.id(), id -> compatibility.features(r)));
    filed.forEach(r -> features.computeIfAbsent(r.id(), id -> compatibility.features(r)));
    List<String[]> links = new ArrayList<>();
    for (Report s : searchers) {
      for (Report f : filed) {
        if (!s.id().equals(f.id())
            && compatibility.linked(features.get(s.id()), features.get(f.id()))) {
          links.add(new String[] {s.id(), f.id()});
        }
      }
    }
    return links;
  }

  /**
   * The clusters of one linked component (all of it: the reports linked, directly or not, to one
   * another), each the reports of one event, as {@link #fuse} builds them.
   */
  public List<List<Report>> clusters(Collection<Report> component) {
    return cluster(
        component.stream()
            .sorted(Comparator.comparing(Report::id))
            .map(compatibility::features)
            .toList());
  }

  /**
   * The event of one cluster of reports.
   *
   * @param eventOfReport the event id of at least every report a member retaliates for
   */
  public Event event(List<Report> members, Map<String, String> eventOfReport) {
    return reconciler.event(members, eventOfReport);
  }

  /** The id of the event whose smallest report id is {@code reportId}. */
  public static String eventId(String reportId) {
    return Reconciler.eventId(reportId);
  }

  /** The clusters of one linked component, built in canonical order. */
  private List<List<Report>> cluster(List<Compatibility.Features> component) {
    if (component.size() == 1) {
      return List.of(List.of(component.get(0).report()));
    }
    List<Compatibility.Features> order =
        component.stream()
            .sorted(
                // Dated reports first: an undated one then sees every event it might belong to.
                Comparator.comparing((Compatibility.Features f) -> f.window().isEmpty())
                    .thenComparing(
                        Comparator.comparingInt((Compatibility.Features f) -> richness(f.report()))
                            .reversed())
                    .thenComparing(f -> f.report().id()))
            .toList();
    List<List<Compatibility.Features>> clusters = new ArrayList<>();
    for (Compatibility.Features r : order) {
      List<Compatibility.Features> best = null;
      int bestScore = Integer.MIN_VALUE;
      boolean tie = false;
      int fitting = 0;
      for (List<Compatibility.Features> cluster : clusters) {
        int score = fit(r, cluster);
        fitting += score >= Compatibility.LINK ? 1 : 0;
        if (score > bestScore) {
          best = cluster;
          bestScore = score;
          tie = false;
        } else if (score == bestScore && score >= Compatibility.LINK) {
          tie = true;
        }
      }
      if (r.window().isEmpty()) {
        List<Compatibility.Features> only = undatedChoice(r, clusters, fitting);
        if (only != null) {
          only.add(r);
        } else {
          clusters.add(new ArrayList<>(List.of(r)));
        }
      } else if (best != null && bestScore >= Compatibility.LINK && !tie) {
        best.add(r);
      } else {
        clusters.add(new ArrayList<>(List.of(r)));
      }
    }
    return clusters.stream()
        .map(c -> c.stream().map(Compatibility.Features::report).toList())
        .toList();
  }

  /**
   * The one cluster an undated report joins, or null. It joins the one event it is vouched for by
   * (same type, shared perpetrator) or, when there is none, the one event it is linked to at all;
   * an undated report that fits two events (one base, two days) cannot tell which it tells of.
   */
  private List<Compatibility.Features> undatedChoice(
      Compatibility.Features r, List<List<Compatibility.Features>> clusters, int fitting) {
    List<Compatibility.Features> vouched = null;
    List<Compatibility.Features> linked = null;
    int vouchedCount = 0;
    for (List<Compatibility.Features> cluster : clusters) {
      if (fit(r, cluster) < Compatibility.LINK) {
        continue;
      }
      linked = cluster;
      if (cluster.stream().anyMatch(m -> compatibility.vouched(r, m))) {
        vouched = cluster;
        vouchedCount++;
      }
    }
    if (vouchedCount > 0) {
      return vouchedCount == 1 ? vouched : null;
    }
    return fitting == 1 ? linked : null;
  }

  /** The best link of {@code r} into {@code cluster}, or FORBIDDEN when any member conflicts. */
  private int fit(Compatibility.Features r, List<Compatibility.Features> cluster) {
    int best = Compatibility.FORBIDDEN;
    for (Compatibility.Features member : cluster) {
      int score = compatibility.score(r, member);
      if (score == Compatibility.FORBIDDEN) {
        return Compatibility.FORBIDDEN;
      }
      best = Math.max(best, score);
    }
    return best;
  }

  /** How much a report says: reports that say more seed the clusters. */
  private int richness(Report r) {
    int points = 0;
    if (r.date().known()) {
      points += r.date().iso().length() == 10 ? 3 : 1;
    }
    if (places.specific(r.location())) {
      points += 2;
    } else if (r.location() != null) {
      points += 1;
    }
    points += r.actor1() != null ? 1 : 0;
    points += r.fatalities() != null ? 1 : 0;
    return points;
  }

  /**
   * A digest of everything fusion reads from a report: when it changes, the report is fused again.
   */
  public static String fingerprint(Report r) {
    StringBuilder s = new StringBuilder();
    s.append(r.documentId()).append('\u0001');
    s.append(r.date()).append('\u0001');
    s.append(r.subEventType()).append('\u0001');
    s.append(ref(r.actor1())).append('\u0001').append(ref(r.actor2())).append('\u0001');
    Location l = r.location();
    s.append(l).append('\u0001');
    s.append(r.fatalities()).append('\u0001');
    r.claimedBy().forEach(c -> s.append(ref(c)).append(','));
    s.append('\u0001').append(r.retaliationFor());
    return ContentHash.of(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  private static String ref(ActorRef ref) {
    return ref == null ? "-" : ref.id() + "=" + ref.name();
  }
}
