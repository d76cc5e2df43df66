package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.JsonlExporter;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.BatchExtract;
import org.sitrep.pipeline.BatchFuse;
import org.sitrep.pipeline.BatchIngest;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.testing.ProjectFiles;

/**
 * The Spark job against the local run, on a local master with two threads: the demo corpus and a
 * few hundred invented articles, with bad inputs among them.
 */
class SitrepJobIT {
  @TempDir static Path work;

  private static SparkSession spark;
  private static Path corpus;
  private static Path firstHalf;
  private static Path secondHalf;
  private static Path localExport;
  private static Path sparkOut;
  private static Path demoArticle;

  @BeforeAll
  static void runBoth() throws IOException {
    corpus = work.resolve("corpus");
    firstHalf = corpus.resolve("a");
    secondHalf = corpus.resolve("b");
    Files.createDirectories(firstHalf);
    try (Stream<Path> demo = Files.list(ProjectFiles.demoCorpus())) {
      for (Path p : demo.sorted().toList()) {
        Files.copy(p, firstHalf.resolve(p.getFileName()));
        demoArticle = demoArticle == null ? firstHalf.resolve(p.getFileName()) : demoArticle;
      }
    }
    List<Path> invented = SyntheticArticles.write(corpus.resolve("tmp"), 240, 7L);
    Files.createDirectories(secondHalf);
    for (int i = 0; i < invented.size(); i++) {
      Path target = (i % 2 == 0 ? firstHalf : secondHalf).resolve(invented.get(i).getFileName());
      Files.move(invented.get(i), target);
    }
    // Bad inputs: each is quarantined and the rest goes on.
    Files.write(firstHalf.resolve("empty.txt"), new byte[0]);
    Files.write(secondHalf.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
    Files.writeString(
        secondHalf.resolve("broken.jsonl"), "{\"id\": \"x1\", \"text\": \"unterminated\n");
    // The same content under two names is one document.
    Files.copy(demoArticle, secondHalf.resolve("copy.txt"));

    localExport = work.resolve("local");
    runLocally(List.of(corpus), localExport);
    spark = Main.session("local[2]");
    sparkOut = work.resolve("spark");
    SitrepJob.run(
        spark,
        new SitrepJob.Options(
            List.of(corpus.toString()), sparkOut.toString(), SitrepJob.Format.BOTH, 0));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** What {@code ./sitrep run} does, on a store of its own. */
  private static void runLocally(List<Path> inputs, Path out) {
    try (SqliteDocumentStore store =
        SqliteDocumentStore.open(work.resolve("local.db"), Clock.systemUTC())) {
      BatchIngest ingest = new BatchIngest(Ingestor.standard(IngestConfig.DEFAULTS), store);
      ingest.ingestFiles(ingest.files(inputs), outcome -> {});
      new BatchExtract(Extractors.get(null), store, 2).run((d, n) -> {});
      new BatchFuse(store).run();
      new JsonlExporter().export(store, out);
    }
  }

  @Test
  void theJobsExportIsTheLocalRunsFieldByField() throws IOException {
    for (String file : JsonlExporter.FILES) {
      List<String> local = Files.readAllLines(localExport.resolve(file));
      List<String> job = Files.readAllLines(sparkOut.resolve("jsonl").resolve(file));
      assertThat(local).as(file).isNotEmpty();
      assertThat(sortedCopy(job)).as(file).containsExactlyElementsOf(sortedCopy(local));
    }
    // Fusion had cross-document work to do: some event has reports of two documents.
    assertThat(Files.readAllLines(sparkOut.resolve("jsonl/events.jsonl")))
        .anyMatch(line -> line.contains("\"sources\":2") || line.contains("\"sources\":3"));
  }

  @Test
  void badInputsAreQuarantinedByNameAndTheRestIsRead() throws IOException {
    String rejections = Files.readString(sparkOut.resolve("jsonl/rejections.jsonl"));
    assertThat(rejections).contains("empty.txt").contains("binary.txt").contains("broken.jsonl");
    assertThat(Files.readString(sparkOut.resolve("jsonl/documents.jsonl")))
        .doesNotContain("\"source\":\"copy.txt\"");
  }

  @Test
  void parquetDatasetsHoldWhatTheJsonLinesHold() throws IOException {
    for (String name : SitrepJob.DATASETS) {
      long rows = spark.read().parquet(sparkOut.resolve("parquet/" + name).toString()).count();
      assertThat(rows)
          .as(name)
          .isEqualTo(Files.readAllLines(sparkOut.resolve("jsonl/" + name + ".jsonl")).size());
    }
    assertThat(
            spark
                .read()
                .parquet(sparkOut.resolve("parquet/events").toString())
                .filter("fatalities.best is not null and location.country is not null")
                .count())
        .isPositive();
  }

  @Test
  void aSecondRunOverNewDocumentsEqualsOneRunOverBoth() throws IOException {
    Path out = work.resolve("incremental");
    SitrepJob.Summary first =
        SitrepJob.run(
            spark,
            new SitrepJob.Options(
                List.of(firstHalf.toString()), out.toString(), SitrepJob.Format.JSONL, 0));
    SitrepJob.Summary second =
        SitrepJob.run(
            spark,
            new SitrepJob.Options(
                List.of(firstHalf.toString(), secondHalf.toString()),
                out.toString(),
                SitrepJob.Format.JSONL,
                0));
    // The second run read only the second half: the first half's content was known.
    assertThat(second.extracted()).isPositive().isLessThan(first.extracted() + second.extracted());
    assertThat(second.added()).isEqualTo(second.extracted());
    for (String file : JsonlExporter.FILES) {
      assertThat(sortedCopy(Files.readAllLines(out.resolve("jsonl").resolve(file))))
          .as(file)
          .containsExactlyElementsOf(
              sortedCopy(Files.readAllLines(sparkOut.resolve("jsonl").resolve(file))));
    }
    // A third run over nothing new changes nothing and duplicates nothing.
    SitrepJob.Summary third =
        SitrepJob.run(
            spark,
            new SitrepJob.Options(
                List.of(firstHalf.toString()), out.toString(), SitrepJob.Format.JSONL, 0));
    assertThat(third.extracted()).isZero();
    assertThat(third.documents()).isEqualTo(second.documents());
    assertThat(third.events()).isEqualTo(second.events());
  }

  @Test
  void aDocumentThatCrashesExtractionIsQuarantinedAndTheJobSucceeds() throws IOException {
    Path small = work.resolve("crash-input");
    Files.createDirectories(small);
    Files.copy(demoArticle, small.resolve("good.txt"));
    Files.writeString(
        small.resolve("bad.txt"),
        "Gunmen attacked a police post in Kismayo on 3 May 2024, killing two officers. CRASH-ME",
        StandardCharsets.UTF_8);
    Path out = work.resolve("crash-output");
    spark.conf().set(Extractors.CONF_KEY, CrashingExtractor.class.getName());
    SitrepJob.Summary summary;
    try {
      summary =
          SitrepJob.run(
              spark,
              new SitrepJob.Options(
                  List.of(small.toString()), out.toString(), SitrepJob.Format.JSONL, 0));
    } finally {
      spark.conf().unset(Extractors.CONF_KEY);
    }
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.documents()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("jsonl/rejections.jsonl")))
        .contains("bad.txt")
        .contains("extraction_failed")
        .contains("the test's crash");
  }

  private static List<String> sortedCopy(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }
}
