package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.sitrep.extract.Detector;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.RawInput;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.Sentence;
import org.sitrep.pipeline.ExtractionPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep nlp-bench}: throughput and peak heap of ingest plus extraction as chosen (tagging
 * only the sentences with an event trigger, and their neighbours) against the same extraction on
 * CoreNLP's default pipeline tagging every sentence, over the same documents.
 */
@Command(
    name = "nlp-bench",
    mixinStandardHelpOptions = true,
    header = "Benchmark ingest plus extraction against CoreNLP's default pipeline.",
    description = {
      "Benchmark ingest plus extraction over a corpus repeated to --documents distinct documents:",
      "the chosen annotation (POS, lemma, NER, SUTime only on sentences with an event trigger and",
      "their neighbours) against CoreNLP's default pipeline on every sentence, both followed by the",
      "same extraction, the baseline over the first --baseline-documents. Prints documents and tokens",
      "per second, sentences and the share fully annotated, the peak heap and the heap resident",
      "after loading. The baseline loads after the chosen run, beside the chosen models (its load",
      "time is what it adds to them)."
    })
final class NlpBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "demo/corpus", description = "Folder to repeat.")
  Path corpus;

  @Option(names = "--documents", defaultValue = "200", description = "Documents to annotate.")
  int documents;

  @Option(
      names = "--baseline-documents",
      defaultValue = "20",
      description = "Documents the (slow) default pipeline annotates, the first of the same ones.")
  int baselineDocuments;

  @Option(
      names = "--detector",
      defaultValue = "COMBINED",
      description = "What decides events: RULES, MODEL or COMBINED (default; the classifier runs).")
  Detector detector;

  @Option(
      names = "--threads",
      description = "Documents annotated at once, as extract does (default: the processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** A cleaned document: its text and publication date. */
  private record Doc(String text, String published) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RawInput> inputs = BenchCorpus.repeated(corpus, documents);
    Ingestor ingestor = Ingestor.standard(IngestConfig.DEFAULTS);
    long ingestStart = System.nanoTime();
    long ingestCpuStart = cpuNanos();
    List<Doc> docs = cleaned(ingestor, inputs);
    double ingestSecondsPerDoc = (System.nanoTime() - ingestStart) / 1e9 / Math.max(1, docs.size());
    double ingestCpuPerDoc = (cpuNanos() - ingestCpuStart) / 1e9 / Math.max(1, docs.size());
    Ingest ingest = new Ingest(ingestSecondsPerDoc, ingestCpuPerDoc);

    long start = System.nanoTime();
    ExtractionPipeline pipeline =
        ExtractionPipeline.standard(
            new Annotator(NlpConfig.DEFAULTS),
            ExtractionPipeline.Annotation.TRIGGER_SENTENCES,
            detector);
    double chosenLoad = (System.nanoTime() - start) / 1e9;
    long chosenResident = BenchCorpus.retainedHeapBytes();
    Run a = time(docs, ingest, pipeline, d -> pipeline.read(d.text(), d.published()));
    print(out, "chosen", a, chosenLoad, chosenResident);
    out.flush();

    // Built second, so the chosen run's heap holds only its own models.
    start = System.nanoTime();
    Annotator baseline = new Annotator(NlpConfig.baselineDefaults());
    double baselineLoad = (System.nanoTime() - start) / 1e9;
    long bothResident = BenchCorpus.retainedHeapBytes();
    List<Doc> few = docs.subList(0, Math.min(Math.max(baselineDocuments, 0), docs.size()));
    Run b =
        time(
            few,
            ingest,
            pipeline,
            d -> pipeline.classify(baseline.annotateFully(d.text(), d.published())));
    print(out, "baseline", b, baselineLoad, bothResident);
    if (b.documents() > 0) {
      // CPU time is what the comparison rests on when other work shares the machine: wall time
      // then charges either run with whatever else ran meanwhile.
      out.printf(
          Locale.ROOT,
          "chosen/baseline throughput: %.1fx by wall time, %.1fx by CPU time%n",
          (a.documents() / a.seconds()) / (b.documents() / b.seconds()),
          (a.documents() / a.cpuSeconds()) / (b.documents() / b.cpuSeconds()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<Doc> cleaned(Ingestor ingestor, List<RawInput> inputs) {
    List<Doc> docs = new ArrayList<>(inputs.size());
    for (RawInput input : inputs) {
      IngestOutcome outcome = ingestor.ingest(input);
      if (outcome instanceof CleanDocument clean) {
        docs.add(new Doc(clean.text(), clean.metadata().published()));
      }
    }
    return docs;
  }

  /** Ingest's cost per document, added to each run. */
  private record Ingest(double seconds, double cpuSeconds) {}

  /** Totals of one timed run. */
  private record Run(
      int documents,
      long sentences,
      long full,
      long tokens,
      long reports,
      double seconds,
      double cpuSeconds,
      long peakHeap) {}

  /** CPU time of the whole process: with several threads, no one thread's time is the cost. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * Annotates and extracts every document on {@code threads} threads; the time includes each
   * document's share of ingest.
   */
  private Run time(
      List<Doc> docs,
      Ingest ingest,
      ExtractionPipeline pipeline,
      Function<Doc, ExtractionPipeline.Classified> annotate) {
    BenchCorpus.resetPeaks();
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> counts = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc doc = docs.get(i);
      String id = "bench-" + i;
      counts.add(
          pool.submit(
              () -> {
                ExtractionPipeline.Classified classified = annotate.apply(doc);
                long[] c = {0, 0, 0, pipeline.extract(id, classified).reports().size()};
                for (Sentence s : classified.document().sentences()) {
                  c[0]++;
                  c[1] += s.fullyAnnotated() ? 1 : 0;
                  c[2] += s.tokens().size();
                }
                return c;
              }));
    }
    long[] total = new long[4];
    try {
      for (Future<long[]> f : counts) {
        long[] c = f.get();
        for (int k = 0; k < total.length; k++) {
          total[k] += c[k];
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a document failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9 + ingest.seconds() * docs.size() / threads;
    double cpuSeconds = (cpuNanos() - cpuStart) / 1e9 + ingest.cpuSeconds() * docs.size();
    return new Run(
        docs.size(),
        total[0],
        total[1],
        total[2],
        total[3],
        seconds,
        cpuSeconds,
        BenchCorpus.peakHeapBytes());
  }

  private static void print(
      PrintWriter out, String name, Run run, double loadSeconds, long resident) {
    out.printf(
        Locale.ROOT,
        "%s: ingest+extract %d documents in %.2f s (%.2f s CPU) = %.2f documents/s, %.0f tokens/s, %d reports; %d sentences, %.1f%% fully"
            + " annotated; peak heap %d MB (max %d MB), %d MB resident after loading; models loaded in %.2f"
            + " s%n",
        name,
        run.documents(),
        run.seconds(),
        run.cpuSeconds(),
        run.documents() / run.seconds(),
        run.tokens() / run.seconds(),
        run.reports(),
        run.sentences(),
        run.sentences() == 0 ? 0.0 : 100.0 * run.full() / run.sentences(),
        run.peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        resident >> 20,
        loadSeconds);
  }
}
