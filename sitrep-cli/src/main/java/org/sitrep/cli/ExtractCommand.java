package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.Detector;
import org.sitrep.pipeline.BatchExtract;
import org.sitrep.pipeline.ExtractionPipeline;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep extract}: reads events and actors from the documents that need it. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Extract reports of events and their actors from new or changed documents.",
    description = {
      "Extract reports of events and the actors they name from every stored document that is new,",
      "changed, or was extracted by an older extractor. Each document is committed on its own."
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Option(
      names = "--annotation",
      defaultValue = "TRIGGER_SENTENCES",
      description =
          "TRIGGER_SENTENCES (default: full annotation only where an event trigger stands) or FULL"
              + " (CoreNLP's default pipeline on every sentence; about four times slower).")
  ExtractionPipeline.Annotation annotation;

  @Option(
      names = "--detector",
      defaultValue = "COMBINED",
      description =
          "What decides that a sentence reports an event: COMBINED (default: the classifier, with"
              + " the trigger lexicon's precise matches kept), MODEL (the classifier alone) or"
              + " RULES (the trigger lexicon alone, as before the classifier).")
  Detector detector;

  @Option(
      names = "--threads",
      description = "Documents extracted at once (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    try (SqliteDocumentStore store = sitrep.openStore()) {
      extract(store, annotation, detector, threads, spec);
      FuseCommand.fuse(store, spec);
    }
    return ExitCodes.OK;
  }

  /** Extracts what needs it in {@code store}, reporting on the command's streams. */
  static void extract(
      DocumentStore store,
      ExtractionPipeline.Annotation annotation,
      Detector detector,
      int threads,
      CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    String version = ExtractionPipeline.version(annotation, detector);
    int pending = store.documentsNeedingExtraction(version).size();
    if (pending == 0) {
      out.println("extracted 0 documents: all are up to date");
      out.flush();
      return;
    }
    ExtractionPipeline pipeline = ExtractionPipeline.standard(annotation, detector);
    ProgressBar progress = ProgressBar.onTerminal(spec.commandLine().getErr(), pending);
    int[] reports = {0};
    List<String> failed = new ArrayList<>();
    int documents =
        new BatchExtract(pipeline, store, threads)
            .run(
                new BatchExtract.Listener() {
                  @Override
                  public void done(StoredDocument document, int count) {
                    reports[0] += count;
                    progress.step();
                  }

                  @Override
                  public void failed(StoredDocument document, String detail) {
                    failed.add(document.source() + ": " + detail);
                    progress.step();
                  }
                });
    progress.finish();
    out.printf("extracted %d documents: %d reports%n", documents - failed.size(), reports[0]);
    for (String f : failed) {
      out.println("quarantined (see `sitrep rejections`): " + TerminalSafeWriter.safe(f));
    }
    out.flush();
  }
}
