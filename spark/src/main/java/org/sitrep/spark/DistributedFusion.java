package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;
import org.sitrep.fuse.BlockKeys;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Report;
import scala.Tuple2;

/**
 * Fusion at scale, by the local {@link Fuser}'s own rules: reports are grouped by the fuser's
 * blocking keys, each block's pairs are scored by the fuser, the linked pairs' connected components
 * are found across blocks (so that an incident whose reports fall in two blocks is still one
 * component), and each component is clustered and reconciled by the fuser. The result is the local
 * run's, event ids included.
 *
 * <p>Incremental: given the previous run's {@link FusionRow}s, only components that hold a report
 * of a document extracted in this run, lost a report, or share a block with a new report are
 * clustered again; the others keep their clusters.
 */
final class DistributedFusion implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int FILED = 1;
  private static final int SEARCHED = 2;

  /** Enough for any incident chain; a component wider than this has other problems. */
  private static final int MAX_ROUNDS = 64;

  private final Broadcast<Map<String, String>> parents;

  /**
   * @param parents actor id to the id of the actor it is a branch or unit of
   */
  DistributedFusion(Broadcast<Map<String, String>> parents) {
    this.parents = parents;
  }

  /** The events and the rows for the next run. */
  record Fused(JavaRDD<FusedEvent> events, JavaRDD<FusionRow> rows) {}

  /**
   * Fuses {@code reports}.
   *
   * @param reports every current report, with its document's name
   * @param fresh ids of the documents extracted in this run (all of them on a first run)
   * @param previous the previous run's rows, or null on a first run
   */
  Fused fuse(
      JavaSparkContext jsc,
      JavaRDD<SourcedReport> reports,
      Broadcast<Set<String>> fresh,
      JavaRDD<FusionRow> previous) {
    JavaRDD<SourcedReport> affected;
    JavaRDD<Tuple2<FusionRow, SourcedReport>> kept;
    if (previous == null) {
      affected = reports;
      kept = jsc.emptyRDD();
    } else {
      JavaPairRDD<String, SourcedReport> byId = reports.keyBy(r -> r.report().id());
      JavaPairRDD<String, FusionRow> before = previous.keyBy(FusionRow::reportId);
      Set<String> touched = new HashSet<>(touchedComponents(jsc, reports, fresh, byId, before));
      Broadcast<Set<String>> touchedB = jsc.broadcast(touched);
      JavaRDD<Tuple2<SourcedReport, Optional<FusionRow>>> joined =
          byId.leftOuterJoin(before).values().persist(StorageLevel.MEMORY_AND_DISK());
      affected =
          joined
              .filter(t -> again(t._1(), t._2(), fresh.value(), touchedB.value()))
              .map(Tuple2::_1);
      kept =
          joined
              .filter(t -> !again(t._1(), t._2(), fresh.value(), touchedB.value()))
              .map(t -> new Tuple2<>(t._2().get(), t._1()));
    }
    JavaPairRDD<String, String> labels = components(links(affected));
    JavaRDD<List<SourcedReport>> components =
        affected
            .keyBy(r -> r.report().id())
            .leftOuterJoin(labels)
            .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()))
            .groupByKey()
            .map(
                t -> {
                  List<SourcedReport> list = new ArrayList<>();
                  t._2().forEach(list::add);
                  return list;
                });
    JavaRDD<Cluster> clustered = components.flatMap(c -> clusters(c).iterator());
    JavaRDD<Cluster> carried =
        kept.mapToPair(t -> new Tuple2<>(t._1().eventId(), t))
            .groupByKey()
            .map(
                t -> {
                  List<SourcedReport> members = new ArrayList<>();
                  String component = null;
                  for (Tuple2<FusionRow, SourcedReport> m : t._2()) {
                    members.add(m._2());
                    component = m._1().component();
                  }
                  return new Cluster(t._1(), component, members);
                });
    JavaRDD<Cluster> all = clustered.union(carried).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<FusedEvent> events = reconcile(all);
    JavaRDD<FusionRow> rows =
        all.flatMap(
            c ->
                c.members().stream()
                    .map(m -> new FusionRow(m.report().id(), c.component(), c.eventId()))
                    .iterator());
    return new Fused(events, rows);
  }

  /** Whether a report is clustered again: its document is new, or its component was touched. */
  private static boolean again(
      SourcedReport r, Optional<FusionRow> row, Set<String> fresh, Set<String> touched) {
    return fresh.contains(r.report().documentId())
        || !row.isPresent()
        || touched.contains(row.get().component());
  }

  /**
   * The previous components that must be clustered again: those that lost a report, held a report
   * of a document extracted again, or share a block with a report of a new document.
   */
  private List<String> touchedComponents(
      JavaSparkContext jsc,
      JavaRDD<SourcedReport> reports,
      Broadcast<Set<String>> fresh,
      JavaPairRDD<String, SourcedReport> byId,
      JavaPairRDD<String, FusionRow> before) {
    JavaRDD<String> lost = before.subtractByKey(byId).values().map(FusionRow::component);
    JavaRDD<SourcedReport> freshReports =
        reports.filter(r -> fresh.value().contains(r.report().documentId()));
    JavaRDD<String> redone =
        freshReports.keyBy(r -> r.report().id()).join(before).values().map(t -> t._2().component());
    // A new report links only to a report filed under a block it searches or searching a block
    // it is filed under.
    List<Tuple2<Set<String>, Set<String>>> keys =
        freshReports
            .mapPartitions(
                it -> {
                  Fuser fuser = Fusers.get(parents);
                  Set<String> filed = new HashSet<>();
                  Set<String> searched = new HashSet<>();
                  it.forEachRemaining(
                      r -> {
                        BlockKeys k = fuser.blockKeys(r.report());
                        filed.addAll(k.filed());
                        searched.addAll(k.searched());
                      });
                  return List.of(new Tuple2<>(filed, searched)).iterator();
                })
            .collect();
    Set<String> newFiled = new HashSet<>();
    Set<String> newSearched = new HashSet<>();
    keys.forEach(
        t -> {
          newFiled.addAll(t._1());
          newSearched.addAll(t._2());
        });
    Broadcast<Set<String>> filedB = jsc.broadcast(newFiled);
    Broadcast<Set<String>> searchedB = jsc.broadcast(newSearched);
    JavaRDD<String> near =
        byId.join(before)
            .values()
            .filter(t -> !fresh.value().contains(t._1().report().documentId()))
            .filter(
                t -> {
                  BlockKeys k = Fusers.get(parents).blockKeys(t._1().report());
                  return k.filed().stream().anyMatch(searchedB.value()::contains)
                      || k.searched().stream().anyMatch(filedB.value()::contains);
                })
            .map(t -> t._2().component());
    return lost.union(redone).union(near).distinct().collect();
  }

  /**
   * The linked pairs among {@code reports}, as {@code (searcher, filed)} ids. Blocks that cannot
   * hold a pair (one report, or no searcher and filed report) are dropped by a first pass over the
   * keys alone, so that reports are shuffled only into blocks where they may meet another.
   */
  private JavaPairRDD<String, String> links(JavaRDD<SourcedReport> reports) {
    // Each report's keys are worked out once, for both passes.
    JavaRDD<Tuple2<Report, Map<String, Integer>>> keyed =
        reports
            .map(
                r ->
                    new Tuple2<>(
                        slim(r.report()), masks(Fusers.get(parents).blockKeys(r.report()))))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Integer> keys =
        keyed.flatMapToPair(
            t -> {
              List<Tuple2<String, Integer>> out = new ArrayList<>(t._2().size());
              t._2().forEach((k, m) -> out.add(new Tuple2<>(k, m)));
              return out.iterator();
            });
    JavaRDD<String> live =
        keys.mapValues(m -> new int[] {m, 1})
            .reduceByKey((a, b) -> new int[] {a[0] | b[0], a[1] + b[1]})
            .filter(t -> t._2()[0] == (FILED | SEARCHED) && t._2()[1] >= 2)
            .keys()
            .persist(StorageLevel.MEMORY_AND_DISK());
    long liveCount = live.count();
    BloomFilter empty = BloomFilter.create(Math.max(1, liveCount), 0.01);
    BloomFilter blocks =
        live.treeAggregate(
            empty,
            (bf, key) -> {
              bf.putString(key);
              return bf;
            },
            BloomFilter::mergeInPlace);
    Broadcast<BloomFilter> liveB =
        JavaSparkContext.fromSparkContext(reports.context()).broadcast(blocks);
    return keyed
        .flatMapToPair(
            t -> {
              List<Tuple2<String, Tuple2<Integer, Report>>> out = new ArrayList<>();
              t._2()
                  .forEach(
                      (k, m) -> {
                        if (liveB.value().mightContainString(k)) {
                          out.add(new Tuple2<>(k, new Tuple2<>(m, t._1())));
                        }
                      });
              return out.iterator();
            })
        .groupByKey()
        .flatMapToPair(
            block -> {
              List<Report> searchers = new ArrayList<>();
              List<Report> filed = new ArrayList<>();
              for (Tuple2<Integer, Report> e : block._2()) {
                if ((e._1() & SEARCHED) != 0) {
                  searchers.add(e._2());
                }
                if ((e._1() & FILED) != 0) {
                  filed.add(e._2());
                }
              }
              List<Tuple2<String, String>> out = new ArrayList<>();
              for (String[] link : Fusers.get(parents).links(searchers, filed)) {
                out.add(new Tuple2<>(link[0], link[1]));
              }
              return out.iterator();
            })
        .distinct();
  }

  private static Map<String, Integer> masks(BlockKeys keys) {
    Map<String, Integer> masks = new LinkedHashMap<>();
    keys.filed().forEach(k -> masks.merge(k, FILED, (a, b) -> a | b));
    keys.searched().forEach(k -> masks.merge(k, SEARCHED, (a, b) -> a | b));
    return masks;
  }

  /** A report without its evidence sentence, which fusion does not read: less to shuffle. */
  private static Report slim(Report r) {
    return r.withEvidence("");
  }

  /**
   * Each linked report's component, named by its smallest report id: labels spread along the links,
   * each report taking the smallest it hears, until none changes (as many rounds as the widest
   * component is long).
   */
  private static JavaPairRDD<String, String> components(JavaPairRDD<String, String> links) {
    // One partitioner for the neighbours and every round's labels: the rounds' joins are then
    // narrow, and the number of partitions does not grow with each round's union.
    HashPartitioner partitioner = new HashPartitioner(Math.max(1, links.getNumPartitions()));
    JavaPairRDD<String, String> neighbours =
        links
            .flatMapToPair(
                l -> List.of(new Tuple2<>(l._1(), l._2()), new Tuple2<>(l._2(), l._1())).iterator())
            .distinct()
            .partitionBy(partitioner)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        neighbours
            .reduceByKey(partitioner, DistributedFusion::min)
            .mapToPair(t -> new Tuple2<>(t._1(), min(t._1(), t._2())))
            .partitionBy(partitioner)
            .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      JavaPairRDD<String, String> heard =
          neighbours
              .join(labels, partitioner)
              .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaPairRDD<String, String> next =
          labels
              .union(heard)
              .reduceByKey(partitioner, DistributedFusion::min)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed =
          next.join(labels, partitioner).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels;
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** One event's reports before reconciliation. */
  record Cluster(String eventId, String component, List<SourcedReport> members)
      implements Serializable {}

  private List<Cluster> clusters(List<SourcedReport> component) {
    Map<String, SourcedReport> byId = new HashMap<>();
    List<Report> reports = new ArrayList<>();
    String name = null;
    for (SourcedReport r : component) {
      byId.put(r.report().id(), r);
      reports.add(r.report());
      name = name == null ? r.report().id() : min(name, r.report().id());
    }
    List<Cluster> out = new ArrayList<>();
    for (List<Report> cluster : Fusers.get(parents).clusters(reports)) {
      String first = cluster.stream().map(Report::id).min(String::compareTo).orElseThrow();
      out.add(
          new Cluster(
              Fuser.eventId(first), name, cluster.stream().map(r -> byId.get(r.id())).toList()));
    }
    return out;
  }

  /**
   * The events of {@code clusters}: each reconciled by the fuser, with the event ids of the reports
   * its members retaliate for looked up across all clusters.
   */
  private JavaRDD<FusedEvent> reconcile(JavaRDD<Cluster> clusters) {
    JavaPairRDD<String, String> eventOf =
        clusters.flatMapToPair(
            c ->
                c.members().stream()
                    .map(m -> new Tuple2<>(m.report().id(), c.eventId()))
                    .iterator());
    JavaPairRDD<String, Map<String, String>> answered =
        clusters
            .flatMapToPair(
                c ->
                    c.members().stream()
                        .map(m -> m.report().retaliationFor())
                        .filter(java.util.Objects::nonNull)
                        .map(target -> new Tuple2<>(target, c.eventId()))
                        .iterator())
            .join(eventOf)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .groupByKey()
            .mapValues(
                pairs -> {
                  Map<String, String> map = new HashMap<>();
                  pairs.forEach(p -> map.put(p._1(), p._2()));
                  return map;
                });
    return clusters
        .keyBy(Cluster::eventId)
        .leftOuterJoin(answered)
        .values()
        .map(
            t -> {
              Cluster c = t._1();
              List<Report> members = c.members().stream().map(SourcedReport::report).toList();
              return new FusedEvent(
                  Fusers.get(parents).event(members, t._2().orElse(Map.of())),
                  c.component(),
                  c.members());
            });
  }
}
