package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.RawInput;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep nlp-bench}: throughput and peak heap of the nlp stage as chosen (tagging only the
 * sentences with an event word, and their neighbours) against CoreNLP's default pipeline tagging
 * every sentence, over the same cleaned documents.
 */
@Command(
    name = "nlp-bench",
    description = {
      "Benchmark the nlp stage over a corpus repeated to --documents distinct documents (cleaned",
      "by the ingest stage first, untimed): the chosen annotation (POS, lemma, NER, SUTime only on",
      "sentences with an event word and their neighbours) against CoreNLP's default pipeline on",
      "every sentence, over the first --baseline-documents of them. Prints documents and tokens",
      "per second, sentences and the share fully annotated, the peak heap and the heap resident",
      "after loading. The baseline loads after the chosen run, beside the chosen models (its load",
      "time is what it adds to them)."
    })
final class NlpBenchCommand implements Callable<Integer> {
  /** A stand-in trigger until extraction's lexicon is wired in: common event words. */
  static final Pattern EVENT_WORDS =
      Pattern.compile(
          "\\b(attack|strike|bomb|killed|explosion|missile|drone|clash|arrest|captured|raid"
              + "|fired|launched|targeted|shelling|suicide|ambush|seized|claimed|declared)",
          Pattern.CASE_INSENSITIVE);

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

  /** A cleaned document: its text and publication date. */
  private record Doc(String text, String published) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Doc> docs = cleaned(BenchCorpus.repeated(corpus, documents));

    Predicate<String> worth = sentence -> EVENT_WORDS.matcher(sentence).find();
    long start = System.nanoTime();
    Annotator chosen = new Annotator(NlpConfig.DEFAULTS);
    double chosenLoad = (System.nanoTime() - start) / 1e9;
    long chosenResident = BenchCorpus.retainedHeapBytes();
    Run a = time(docs, d -> chosen.annotate(d.text(), d.published(), worth));
    print(out, "chosen", a, chosenLoad, chosenResident);
    out.flush();

    // Built second, so the chosen run's heap holds only its own models.
    start = System.nanoTime();
    Annotator baseline = new Annotator(NlpConfig.baselineDefaults());
    double baselineLoad = (System.nanoTime() - start) / 1e9;
    long bothResident = BenchCorpus.retainedHeapBytes();
    List<Doc> few = docs.subList(0, Math.min(Math.max(baselineDocuments, 0), docs.size()));
    Run b = time(few, d -> baseline.annotateFully(d.text(), d.published()));
    print(out, "baseline", b, baselineLoad, bothResident);
    out.flush();
    return ExitCodes.OK;
  }

  private static List<Doc> cleaned(List<RawInput> inputs) {
    Ingestor ingestor = Ingestor.standard(IngestConfig.DEFAULTS);
    List<Doc> docs = new ArrayList<>(inputs.size());
    for (RawInput input : inputs) {
      IngestOutcome outcome = ingestor.ingest(input);
      if (outcome instanceof CleanDocument clean) {
        docs.add(new Doc(clean.text(), clean.metadata().published()));
      }
    }
    return docs;
  }

  /** Totals of one timed run. */
  private record Run(
      int documents, long sentences, long full, long tokens, double seconds, long peakHeap) {}

  private static Run time(List<Doc> docs, Function<Doc, AnnotatedDocument> annotate) {
    BenchCorpus.resetPeaks();
    long sentences = 0;
    long full = 0;
    long tokens = 0;
    long start = System.nanoTime();
    for (Doc doc : docs) {
      for (Sentence s : annotate.apply(doc).sentences()) {
        sentences++;
        full += s.fullyAnnotated() ? 1 : 0;
        tokens += s.tokens().size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(docs.size(), sentences, full, tokens, seconds, BenchCorpus.peakHeapBytes());
  }

  private static void print(
      PrintWriter out, String name, Run run, double loadSeconds, long resident) {
    out.printf(
        Locale.ROOT,
        "%s: %d documents in %.2f s = %.1f documents/s, %.0f tokens/s; %d sentences, %.1f%% fully"
            + " annotated; peak heap %d MB (max %d MB), %d MB resident after loading; models loaded in %.2f"
            + " s%n",
        name,
        run.documents(),
        run.seconds(),
        run.documents() / run.seconds(),
        run.tokens() / run.seconds(),
        run.sentences(),
        run.sentences() == 0 ? 0.0 : 100.0 * run.full() / run.sentences(),
        run.peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        resident >> 20,
        loadSeconds);
  }
}
