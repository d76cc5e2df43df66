package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.RawInput;
import org.sitrep.pipeline.BatchIngest;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench ingest}: ingest throughput and peak heap over a corpus repeated to N
 * documents, each copy made distinct so that the content hash does not skip it.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Benchmark ingest throughput and peak heap.",
    description = {
      "Benchmark ingest (decode, extract, clean, detect language, store) into a fresh temporary",
      "store over a corpus repeated to --documents distinct documents. Prints documents per",
      "second and the peak heap. Run with -Xmx to bound the heap."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "demo/corpus", description = "Folder to repeat.")
  Path corpus;

  @Option(names = "--documents", defaultValue = "1000", description = "Documents to ingest.")
  int documents;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<RawInput> inputs = BenchCorpus.repeated(corpus, documents);
    Path dir = Files.createTempDirectory("sitrep-bench");
    Path db = dir.resolve("bench.db");
    long loadStart = System.nanoTime();
    Ingestor ingestor = Ingestor.standard(IngestConfig.DEFAULTS);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    BenchCorpus.resetPeaks();
    IngestSummary summary;
    long start = System.nanoTime();
    try (SqliteDocumentStore store = SqliteDocumentStore.open(db, Clock.systemUTC())) {
      summary = new BatchIngest(ingestor, store).ingest(inputs, outcome -> {});
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long chars = inputs.stream().mapToLong(i -> i.bytes().length).sum();
    out.printf(
        Locale.ROOT,
        "ingest: %d documents (%d stored, %d rejected, %.1f MB) in %.2f s = %.1f documents/s;"
            + " models loaded in %.2f s; peak heap %d MB (max %d MB); store %.1f MB%n",
        inputs.size(),
        summary.added() + summary.newVersions(),
        summary.rejected(),
        chars / 1e6,
        seconds,
        inputs.size() / seconds,
        loadSeconds,
        BenchCorpus.peakHeapBytes() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        Files.size(db) / 1e6);
    out.flush();
    deleteQuietly(dir);
    return ExitCodes.OK;
  }

  private static void deleteQuietly(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
