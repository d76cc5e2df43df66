package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.export.JsonlExporter;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.RejectionReason;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.pipeline.BatchExtract;
import org.sitrep.pipeline.DocumentExtractor;
import org.sitrep.pipeline.ExtractionPipeline;
import org.sitrep.store.StoredDocument;
import scala.Tuple2;

/**
 * The Sitrep pipeline as one Spark job: ingest and extraction per partition (one pipeline per
 * executor JVM), then actors, relations and fusion across the whole corpus, then the datasets. Its
 * JSON Lines export is the local {@code ./sitrep run}'s for the same inputs, event ids included. A
 * run over an output folder that holds an earlier run's state adds to it: documents already read
 * are not read again, and only the events they touch are fused again.
 */
public final class SitrepJob {
  /** The datasets the job writes. */
  public static final List<String> DATASETS =
      List.of("documents", "reports", "actors", "relations", "events", "rejections");

  /** How the datasets are written. */
  public enum Format {
    /** Parquet datasets under {@code DIR/parquet/}. */
    PARQUET,
    /** The JSON Lines export under {@code DIR/jsonl/}, one sorted file per dataset. */
    JSONL,
    /** Both. */
    BOTH;

    boolean parquet() {
      return this != JSONL;
    }

    boolean jsonl() {
      return this != PARQUET;
    }
  }

  /**
   * What to run.
   *
   * @param inputs folders, files or globs, on any file system Spark reads
   * @param out the output folder (an earlier run's output is added to)
   * @param format how to write the datasets
   * @param partitions how many partitions to read the files in; 0 picks one per 20 files
   */
  public record Options(List<String> inputs, String out, Format format, int partitions) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no input given");
      }
    }
  }

  /**
   * What a run did.
   *
   * @param files the files listed
   * @param added documents new in this run (new versions included)
   * @param extracted documents extracted in this run
   * @param rejected inputs quarantined in this run
   * @param documents documents in the output
   * @param reports reports in the output
   * @param events events in the output
   * @param actors actors in the output
   * @param relations relations in the output
   */
  public record Summary(
      long files,
      long added,
      long extracted,
      long rejected,
      long documents,
      long reports,
      long events,
      long actors,
      long relations) {}

  private static final String STATE_DOCUMENTS = "state/documents";
  private static final String STATE_FUSION = "state/fusion";
  private static final String STATE_HASHES = "state/hashes";
  private static final String STATE_REJECTIONS = "state/rejections";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SitrepJob() {}

  /** Runs the pipeline over {@code options.inputs()} and writes {@code options.out()}. */
  public static Summary run(SparkSession spark, Options options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String extractorClass = spark.conf().get(Extractors.CONF_KEY, null);
    String version = Extractors.version(extractorClass);
    OutputFolder folder = new OutputFolder(options.out(), jsc.hadoopConfiguration());
    folder.recover();
    boolean incremental = folder.has(STATE_DOCUMENTS);

    JavaRDD<ExtractedDocument> before =
        incremental ? jsc.objectFile(folder.current(STATE_DOCUMENTS)) : jsc.emptyRDD();
    JavaRDD<String> knownHashes =
        incremental ? jsc.objectFile(folder.current(STATE_HASHES)) : jsc.emptyRDD();
    JavaRDD<Quarantined> earlierRejections =
        incremental ? jsc.objectFile(folder.current(STATE_REJECTIONS)) : jsc.emptyRDD();
    JavaRDD<FusionRow> earlierFusion =
        incremental ? jsc.objectFile(folder.current(STATE_FUSION)) : null;

    // Ingest: list, read and clean, per partition.
    List<InputFile> files = InputFiles.list(options.inputs(), jsc.hadoopConfiguration());
    Map<String, String> conf = new HashMap<>();
    jsc.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
    int slices =
        options.partitions() > 0
            ? options.partitions()
            : Math.max(jsc.defaultParallelism(), Math.min(10_000, (files.size() + 19) / 20));
    JavaRDD<Ingested> ingested =
        jsc.parallelize(files, Math.max(1, Math.min(slices, Math.max(1, files.size()))))
            .mapPartitions(
                new ReadAndClean(conf, IngestConfig.DEFAULT_MAX_BYTES, Instant.now().toString()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Content already held (under any origin, in any run) is skipped; of two inputs with one
    // content, the first listed is kept. A known origin with new content is a new version.
    JavaRDD<Ingested> firsts =
        ingested
            .filter(i -> i.document() != null)
            .keyBy(i -> i.document().contentHash())
            .subtractByKey(knownHashes.keyBy(h -> h))
            .reduceByKey((a, b) -> a.before(b) ? a : b)
            .values();
    JavaPairRDD<String, Integer> versionsBefore =
        before.mapToPair(d -> new Tuple2<>(d.document().origin(), d.document().version()));
    JavaRDD<StoredDocument> added =
        firsts
            .keyBy(i -> i.document().origin())
            .groupByKey()
            .leftOuterJoin(versionsBefore)
            .map(
                t -> {
                  List<Ingested> versions = new ArrayList<>();
                  t._2()._1().forEach(versions::add);
                  versions.sort((a, b) -> a.before(b) ? -1 : (b.before(a) ? 1 : 0));
                  StoredDocument d = versions.get(versions.size() - 1).document();
                  int number = t._2()._2().orElse(0) + versions.size();
                  return new StoredDocument(
                      d.id(),
                      d.source(),
                      d.origin(),
                      number,
                      d.contentHash(),
                      d.mediaType(),
                      d.charset(),
                      d.metadata(),
                      d.language(),
                      d.text(),
                      d.ingestedAt());
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Extract what is new, and what an older extractor read.
    JavaRDD<ExtractedDocument> kept =
        before
            .keyBy(d -> d.document().id())
            .subtractByKey(added.keyBy(StoredDocument::id))
            .values();
    JavaRDD<StoredDocument> toExtract =
        added.union(kept.filter(d -> !d.extractor().equals(version)).map(d -> d.document()));
    JavaRDD<Object> outcomes =
        toExtract
            .repartition(Math.max(1, Math.min(slices, jsc.defaultParallelism() * 8)))
            .mapPartitions(
                docs -> {
                  DocumentExtractor extractor = Extractors.get(extractorClass);
                  List<Object> out = new ArrayList<>();
                  // A worker of its own, so that a document over its budget is left behind.
                  ExecutorService[] worker = {daemonWorker()};
                  try {
                    docs.forEachRemaining(
                        d -> {
                          Future<Object> f = worker[0].submit(() -> extract(extractor, d));
                          out.add(withinBudget(f, d, worker));
                        });
                  } finally {
                    worker[0].shutdownNow();
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<ExtractedDocument> extracted =
        outcomes.filter(o -> o instanceof ExtractedDocument).map(o -> (ExtractedDocument) o);
    JavaRDD<ExtractedDocument> all =
        kept.filter(d -> d.extractor().equals(version))
            .union(extracted)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Quarantined> rejectedNow =
        ingested
            .filter(i -> i.rejected() != null)
            .map(Ingested::rejected)
            .union(outcomes.filter(o -> o instanceof Quarantined).map(o -> (Quarantined) o));
    JavaRDD<Quarantined> rejections = earlierRejections.union(rejectedNow).distinct();

    // Actors, relations and the actor hierarchy fusion needs.
    JavaRDD<Actor> actors =
        all.flatMapToPair(
                d ->
                    d.actors().stream()
                        .map(a -> new Tuple2<>(a.id(), new ActorFold.Said(d.document().id(), a)))
                        .iterator())
            .groupByKey()
            .map(
                t -> {
                  List<ActorFold.Said> said = new ArrayList<>();
                  t._2().forEach(said::add);
                  return ActorFold.fold(said);
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, String> parents =
        new HashMap<>(
            actors
                .filter(a -> a.parent() != null)
                .mapToPair(a -> new Tuple2<>(a.id(), a.parent()))
                .collectAsMap());
    Broadcast<Map<String, String>> parentsB = jsc.broadcast(parents);
    JavaPairRDD<String, String> relationLines = relationLines(all, actors);

    // Fusion.
    Set<String> fresh = new HashSet<>(extracted.map(d -> d.document().id()).collect());
    JavaRDD<SourcedReport> reports =
        all.flatMap(
            d ->
                d.reports().stream()
                    .map(r -> new SourcedReport(r, d.document().source()))
                    .iterator());
    DistributedFusion.Fused fused =
        new DistributedFusion(parentsB)
            .fuse(jsc, reports, jsc.broadcast(fresh), incremental ? earlierFusion : null);
    JavaRDD<FusedEvent> events = fused.events().persist(StorageLevel.MEMORY_AND_DISK());

    // The datasets, then the state for the next run, then the swap.
    Map<String, JavaPairRDD<String, String>> lines = new HashMap<>();
    lines.put(
        "documents",
        lines(
            all,
            (d, exporter, out) ->
                out.add(new Tuple2<>(d.document().id(), exporter.documentLine(d.document())))));
    lines.put(
        "reports",
        lines(
            events,
            (e, exporter, out) -> {
              for (SourcedReport m : e.members()) {
                out.add(
                    new Tuple2<>(
                        m.report().id(),
                        exporter.reportLine(m.report(), m.source(), e.event().id())));
              }
            }));
    lines.put(
        "actors",
        lines(actors, (a, exporter, out) -> out.add(new Tuple2<>(a.id(), exporter.actorLine(a)))));
    lines.put("relations", relationLines);
    lines.put(
        "events",
        lines(
            events,
            (e, exporter, out) -> {
              Map<String, Report> members = new HashMap<>();
              Map<String, String> sources = new HashMap<>();
              for (SourcedReport m : e.members()) {
                members.put(m.report().id(), m.report());
                sources.put(m.report().documentId(), m.source());
              }
              out.add(
                  new Tuple2<>(e.event().id(), exporter.eventLine(e.event(), members, sources)));
            }));
    lines.put(
        "rejections",
        lines(
            rejections,
            (q, exporter, out) -> {
              ObjectNode node = JSON.createObjectNode();
              node.put("origin", q.origin());
              node.put("source", q.source());
              node.put("reason", q.reason().name().toLowerCase(Locale.ROOT));
              node.put("detail", q.detail());
              out.add(new Tuple2<>(q.origin() + '\u0000' + q.reason(), node.toString()));
            }));
    for (String name : DATASETS) {
      if (options.format().jsonl()) {
        folder.writeJsonLines(lines.get(name), "jsonl/" + name + ".jsonl");
      }
      if (options.format().parquet()) {
        folder.writeParquet(spark, lines.get(name), name);
      }
    }
    all.saveAsObjectFile(folder.next(STATE_DOCUMENTS));
    fused.rows().saveAsObjectFile(folder.next(STATE_FUSION));
    knownHashes
        .union(added.map(StoredDocument::contentHash))
        .union(before.map(d -> d.document().contentHash()))
        .distinct()
        .saveAsObjectFile(folder.next(STATE_HASHES));
    rejections.saveAsObjectFile(folder.next(STATE_REJECTIONS));
    Summary summary =
        new Summary(
            files.size(),
            added.count(),
            extracted.count(),
            rejectedNow.count(),
            all.count(),
            all.map(d -> (long) d.reports().size()).fold(0L, Long::sum),
            events.count(),
            actors.count(),
            relationLines.count());
    folder.writeText("summary.json", summaryJson(summary, version));
    folder.commit();
    return summary;
  }

  private static ExecutorService daemonWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "sitrep-extract");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The outcome of one document's extraction, or its quarantine when it runs over {@link
   * BatchExtract#DEFAULT_BUDGET}, as the local batch does: the worker is interrupted and, since it
   * may not stop, replaced.
   */
  private static Object withinBudget(Future<Object> f, StoredDocument d, ExecutorService[] worker) {
    try {
      return f.get(BatchExtract.DEFAULT_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker[0].shutdownNow();
      worker[0] = daemonWorker();
      return new Quarantined(
          d.origin(),
          d.source(),
          RejectionReason.OVER_BUDGET,
          "extraction ran over its time budget of "
              + BatchExtract.DEFAULT_BUDGET.toSeconds()
              + " s and was stopped");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("extraction was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    }
  }

  /** Extracts one document, or quarantines it when extraction fails, so the partition goes on. */
  private static Object extract(DocumentExtractor extractor, StoredDocument d) {
    try {
      ExtractionPipeline.Result result =
          extractor.extract(d.id(), d.text(), d.metadata().published());
      return new ExtractedDocument(
          d, extractor.version(), result.reports(), result.actors(), result.relations());
    } catch (RuntimeException | StackOverflowError e) {
      return new Quarantined(
          d.origin(),
          d.source(),
          RejectionReason.EXTRACTION_FAILED,
          "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * The relations as the local store keeps them: a text relation as its document (the last by id)
   * gave it, a prior relation once and only when both its actors are held, every actor named as the
   * actors dataset names it (by its id when it is not held).
   */
  private static JavaPairRDD<String, String> relationLines(
      JavaRDD<ExtractedDocument> all, JavaRDD<Actor> actors) {
    JavaPairRDD<String, Tuple2<Relation, String>> byId =
        all.flatMapToPair(
                d ->
                    d.relations().stream()
                        .map(
                            r ->
                                new Tuple2<>(
                                    r.id(),
                                    new Tuple2<>(r, r.prior() ? null : d.document().source())))
                        .iterator())
            .reduceByKey(
                (a, b) ->
                    a._1().prior()
                        ? a
                        : (a._1().documentId().compareTo(b._1().documentId()) >= 0 ? a : b));
    JavaPairRDD<String, String> names = actors.mapToPair(a -> new Tuple2<>(a.id(), a.name()));
    // Each relation with the names its subject and object hold, if they are held.
    var held =
        byId.values()
            .keyBy(t -> t._1().subject().id())
            .leftOuterJoin(names)
            .values()
            .keyBy(t -> t._1()._1().object().id())
            .leftOuterJoin(names)
            .values()
            .filter(
                t -> !t._1()._1()._1().prior() || (t._1()._2().isPresent() && t._2().isPresent()));
    return lines(
        held,
        (t, exporter, out) -> {
          Relation r = t._1()._1()._1();
          String source = t._1()._1()._2();
          ActorRef subject = new ActorRef(r.subject().id(), t._1()._2().orElse(r.subject().id()));
          ActorRef object = new ActorRef(r.object().id(), t._2().orElse(r.object().id()));
          Relation named =
              new Relation(
                  r.id(),
                  subject,
                  r.type(),
                  object,
                  r.documentId(),
                  r.evidence(),
                  r.span(),
                  r.prior());
          out.add(new Tuple2<>(r.id(), exporter.relationLine(named, source)));
        });
  }

  /** Makes the lines (id, JSON) of one item, with the partition's exporter. */
  @FunctionalInterface
  private interface LineMaker<T> extends java.io.Serializable {
    void add(T item, JsonlExporter exporter, List<Tuple2<String, String>> out);
  }

  /** The export lines of {@code items}, made with one exporter per partition. */
  private static <T> JavaPairRDD<String, String> lines(JavaRDD<T> items, LineMaker<T> maker) {
    return items.mapPartitionsToPair(
        it -> {
          JsonlExporter exporter = new JsonlExporter();
          List<Tuple2<String, String>> out = new ArrayList<>();
          it.forEachRemaining(item -> maker.add(item, exporter, out));
          return out.iterator();
        });
  }

  private static String summaryJson(Summary s, String version) {
    ObjectNode node = JSON.createObjectNode();
    node.put("extractor", version);
    node.put("files", s.files());
    node.put("added", s.added());
    node.put("extracted", s.extracted());
    node.put("rejected", s.rejected());
    node.put("documents", s.documents());
    node.put("reports", s.reports());
    node.put("events", s.events());
    node.put("actors", s.actors());
    node.put("relations", s.relations());
    return node.toPrettyString() + "\n";
  }
}
