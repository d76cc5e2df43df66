package org.sitrep.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's command line: {@code run INPUT... --out DIR [--format parquet|jsonl|both] [--master M]
 * [--partitions N]} and {@code bench}. Under {@code spark-submit} the master comes from it; started
 * directly, the job runs on {@code local[*]} unless {@code --master} says otherwise.
 */
public final class Main {
  private static final String USAGE =
      String.join(
          "\n",
          "usage: sitrep-spark run INPUT... --out DIR [--format parquet|jsonl|both]",
          "                        [--master MASTER] [--partitions N]",
          "       sitrep-spark bench [--corpus DIR] [--documents N] [--reports N]",
          "                          [--masters local[1],local[2]] [--document-seconds S]",
          "                          [--out FILE]",
          "",
          "run    the whole pipeline over INPUTs (folders, files or globs on any file system",
          "       Spark reads) into DIR: Parquet datasets (DIR/parquet), the JSON Lines export",
          "       (DIR/jsonl) or both, and DIR/rejections. Running again into the same DIR adds",
          "       the new documents to it and fuses again only the events they touch.",
          "bench  documents/s per master on a corpus, and fusion of synthetic reports.");

  private Main() {}

  /** Runs the command line and exits with 0, or 2 on a usage error, or 1 on a failure. */
  public static void main(String[] args) {
    int code;
    try {
      code = run(args, System.out, System.err);
    } catch (RuntimeException e) {
      System.err.println("sitrep-spark: " + e.getMessage());
      code = 1;
    }
    System.exit(code);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    List<String> positional = new ArrayList<>();
    String outDir = null;
    String master = null;
    String format = "parquet";
    int partitions = 0;
    List<String> benchArgs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      boolean valued = a.startsWith("--") && i + 1 < args.length;
      switch (a) {
        case "--out" -> outDir = valued ? args[++i] : null;
        case "--master" -> master = valued ? args[++i] : null;
        case "--format" -> format = valued ? args[++i] : "";
        case "--partitions" -> partitions = valued ? Integer.parseInt(args[++i]) : -1;
        default -> {
          if (a.startsWith("--")) {
            benchArgs.add(a);
            if (valued) {
              benchArgs.add(args[++i]);
            }
          } else {
            positional.add(a);
          }
        }
      }
    }
    if (args[0].equals("bench")) {
      return Bench.run(benchArgs, outDir, out);
    }
    if (!args[0].equals("run")) {
      err.println("sitrep-spark: unknown command '" + args[0] + "'\n" + USAGE);
      return 2;
    }
    if (!benchArgs.isEmpty() || outDir == null || positional.isEmpty() || partitions < 0) {
      err.println("sitrep-spark: run needs INPUT... and --out DIR\n" + USAGE);
      return 2;
    }
    SitrepJob.Format f;
    try {
      f = SitrepJob.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("sitrep-spark: unknown format '" + format + "' (parquet, jsonl or both)");
      return 2;
    }
    SparkSession spark = session(master);
    try {
      SitrepJob.Summary s =
          SitrepJob.run(spark, new SitrepJob.Options(positional, outDir, f, partitions));
      out.printf(
          Locale.ROOT,
          "%d files: %d documents added, %d extracted, %d rejected; %s now holds %d documents,"
              + " %d reports, %d events, %d actors, %d relations%n",
          s.files(),
          s.added(),
          s.extracted(),
          s.rejected(),
          outDir,
          s.documents(),
          s.reports(),
          s.events(),
          s.actors(),
          s.relations());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** A session on {@code master}, or on spark-submit's, or on {@code local[*]}. */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf().setAppName("sitrep");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
