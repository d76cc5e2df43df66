package org.sitrep.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.sitrep.fuse.SyntheticReports;
import org.sitrep.model.Report;

/**
 * {@code sitrep-spark bench}: documents/s and reports/s of the whole job per master on one corpus,
 * distributed fusion of synthetic reports (time, shuffle bytes, peak heap), and a projection of
 * what a cluster would do from the measured costs. Not a test: figures vary with the machine.
 */
final class Bench {
  private Bench() {}

  static int run(List<String> args, String outFile, PrintStream stdout) {
    int documents = 200;
    int reports = 1_000_000;
    List<String> masters = List.of("local[1]", "local[2]");
    Path corpus = null;
    double documentSeconds = 0;
    for (int i = 0; i + 1 < args.size(); i += 2) {
      switch (args.get(i)) {
        case "--documents" -> documents = Integer.parseInt(args.get(i + 1));
        case "--reports" -> reports = Integer.parseInt(args.get(i + 1));
        case "--masters" ->
            masters = args.get(i + 1).isBlank() ? List.of() : List.of(args.get(i + 1).split(","));
        case "--corpus" -> corpus = Path.of(args.get(i + 1));
        case "--document-seconds" -> documentSeconds = Double.parseDouble(args.get(i + 1));
        default -> throw new IllegalArgumentException("unknown bench option " + args.get(i));
      }
    }
    try {
      Path work = Files.createTempDirectory("sitrep-spark-bench");
      if (corpus == null) {
        corpus = work.resolve("corpus");
        SyntheticArticles.write(corpus, documents, 11L);
        Path demo = Path.of("demo/corpus");
        if (Files.isDirectory(demo)) {
          try (Stream<Path> files = Files.list(demo)) {
            for (Path f : files.toList()) {
              Files.copy(f, corpus.resolve(f.getFileName()));
            }
          }
        }
      }
      List<String> lines = new ArrayList<>();
      // Models load once per JVM; load them before the clock starts, as a long-lived executor has.
      if (!masters.isEmpty()) {
        Extractors.get(null).extract("warm-up", "Gunmen killed two people in Mogadishu.", null);
      }
      double[] perCoreSeconds = {documentSeconds};
      for (String master : masters) {
        SparkSession spark = Main.session(master);
        Metrics metrics = Metrics.on(spark);
        try {
          long start = System.nanoTime();
          SitrepJob.Summary s =
              SitrepJob.run(
                  spark,
                  new SitrepJob.Options(
                      List.of(corpus.toString()),
                      work.resolve("out-" + master.replaceAll("\\W", "")).toString(),
                      SitrepJob.Format.PARQUET,
                      0));
          double seconds = (System.nanoTime() - start) / 1e9;
          int cores = spark.sparkContext().defaultParallelism();
          if (cores == 1) {
            perCoreSeconds[0] = seconds / s.documents();
          }
          lines.add(
              String.format(
                  Locale.ROOT,
                  "run %s: %d documents, %d reports, %d events in %.1f s: %.2f documents/s,"
                      + " %.2f reports/s; task time %.1f s, shuffle written %s",
                  master,
                  s.documents(),
                  s.reports(),
                  s.events(),
                  seconds,
                  s.documents() / seconds,
                  s.reports() / seconds,
                  metrics.taskSeconds(),
                  bytes(metrics.shuffleBytes.get())));
          stdout.println(lines.get(lines.size() - 1));
        } finally {
          spark.stop();
        }
      }
      FusionFigures fusion =
          fusion(reports, masters.isEmpty() ? "local[2]" : masters.get(masters.size() - 1));
      List<String> rest = new ArrayList<>();
      rest.add(fusion.line());
      rest.addAll(
          projection(perCoreSeconds[0], fusion.taskSecondsPerReport(), fusion.shufflePerReport()));
      rest.forEach(stdout::println);
      lines.addAll(rest);
      if (outFile != null) {
        Files.write(Path.of(outFile), lines);
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the fusion benchmark measured. */
  private record FusionFigures(String line, double taskSecondsPerReport, double shufflePerReport) {}

  /** Distributed fusion of {@code count} synthetic reports on {@code master}. */
  private static FusionFigures fusion(int count, String master) {
    SyntheticReports.Corpus corpus = SyntheticReports.generate(count, 42L);
    SparkSession spark = Main.session(master);
    Metrics metrics = Metrics.on(spark);
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<SourcedReport> sourced = new ArrayList<>(corpus.reports().size());
      for (Report r : corpus.reports()) {
        sourced.add(new SourcedReport(r, r.documentId()));
      }
      JavaRDD<SourcedReport> reports =
          jsc.parallelize(sourced, Math.max(8, jsc.defaultParallelism() * 4)).cache();
      reports.count();
      metrics.reset();
      resetPeaks();
      long start = System.nanoTime();
      DistributedFusion.Fused fused =
          new DistributedFusion(jsc.broadcast(Map.<String, String>of()))
              .fuse(jsc, reports, jsc.broadcast(Set.<String>of()), null);
      long events = fused.events().count();
      double seconds = (System.nanoTime() - start) / 1e9;
      double shufflePerReport = (double) metrics.shuffleBytes.get() / count;
      String line =
          String.format(
              Locale.ROOT,
              "fusion on %s: %,d reports into %,d events in %.1f s (%.0f reports/s); task time %.1f s;"
                  + " shuffle written %s (%.0f bytes/report); peak heap %s",
              master,
              count,
              events,
              seconds,
              count / seconds,
              metrics.taskSeconds(),
              bytes(metrics.shuffleBytes.get()),
              shufflePerReport,
              bytes(peakHeap()));
      return new FusionFigures(line, metrics.taskSeconds() / count, shufflePerReport);
    } finally {
      spark.stop();
    }
  }

  /**
   * What N nodes would do per day. The model: extraction and fusion are CPU-bound tasks that run in
   * parallel on every core (the per-document and per-report task costs measured above), a document
   * yields the reports per document measured, and the shuffle of fusion crosses the network at a
   * node's bandwidth; the day's throughput is the smaller of the CPU bound and the network bound,
   * derated by a scheduling efficiency.
   */
  private static List<String> projection(
      double secondsPerDocument, double fusionSecondsPerReport, double shufflePerReport) {
    int nodes = 10;
    int cores = 16;
    double efficiency = 0.8;
    double reportsPerDocument = 1.5;
    double bandwidth = 1.25e9; // 10 Gb/s per node
    double cpu =
        nodes
            * cores
            * efficiency
            * 86_400
            / (secondsPerDocument + reportsPerDocument * fusionSecondsPerReport);
    double network = nodes * bandwidth * 86_400 / (reportsPerDocument * shufflePerReport);
    return List.of(
        String.format(
            Locale.ROOT,
            "projection: %d nodes x %d cores, %.0f%% efficiency, %.1f reports/document, 10 Gb/s"
                + " per node; %.3f s/document, %.2e s/report fused, %.0f shuffle bytes/report",
            nodes,
            cores,
            efficiency * 100,
            reportsPerDocument,
            secondsPerDocument,
            fusionSecondsPerReport,
            shufflePerReport),
        String.format(
            Locale.ROOT,
            "projection: CPU bound %,.0f documents/day, network bound %,.0f documents/day:"
                + " about %,.0f documents/day",
            cpu,
            network,
            Math.min(cpu, network)));
  }

  /** Task time and shuffle bytes, summed over the tasks that ended. */
  static final class Metrics extends SparkListener {
    final AtomicLong shuffleBytes = new AtomicLong();
    final AtomicLong taskNanos = new AtomicLong();

    static Metrics on(SparkSession spark) {
      Metrics m = new Metrics();
      spark.sparkContext().addSparkListener(m);
      return m;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        taskNanos.addAndGet(end.taskMetrics().executorRunTime() * 1_000_000L);
      }
    }

    void reset() {
      shuffleBytes.set(0);
      taskNanos.set(0);
    }

    double taskSeconds() {
      return taskNanos.get() / 1e9;
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static String bytes(long n) {
    return n >= 1 << 30
        ? String.format(Locale.ROOT, "%.2f GiB", n / (double) (1 << 30))
        : String.format(Locale.ROOT, "%.1f MiB", n / (double) (1 << 20));
  }
}
