package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.BatchIngest;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.pipeline.InputOutcome;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest PATH...}: reads files, folders and JSON Lines into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    header = "Ingest files, folders and JSON Lines into the store.",
    description = {
      "Ingest articles into the store: .txt, .html/.htm, .jsonl files, folders (recursively), and",
      "'-' for JSON Lines records {id, url, title, author, published, text | html} on standard input.",
      "Content already stored is skipped; a changed file becomes a new version of its document;",
      "bad inputs (empty, binary, oversized, undecodable, not English) are named and skipped."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> paths;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      defaultValue = "20MB",
      converter = ByteSize.class,
      description = "Reject inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Override
  public Integer call() {
    try (SqliteDocumentStore store = sitrep.createOrOpenStore()) {
      IngestSummary summary = ingest(store, paths, maxBytes, spec);
      return summary.rejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
  }

  /** Ingests {@code paths} into {@code store}, reporting on the command's streams. */
  static IngestSummary ingest(
      DocumentStore store, List<String> paths, long maxBytes, CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingestor ingestor = Ingestor.standard(IngestConfig.DEFAULTS.withMaxBytes(maxBytes));
    BatchIngest batch = new BatchIngest(ingestor, store);
    List<Path> files = new ArrayList<>();
    boolean stdin = false;
    for (String path : paths) {
      if (path.equals("-")) {
        stdin = true;
      } else {
        files.add(Path.of(path));
      }
    }
    List<Path> expanded = batch.files(files);
    ProgressBar progress = ProgressBar.onTerminal(err, stdin ? 0 : expanded.size());
    BatchIngest.Listener listener = outcome -> report(outcome, progress);
    IngestSummary summary = batch.ingestFiles(expanded, listener);
    if (stdin) {
      IngestSummary fromStdin = batch.ingestJsonLines(System.in, "stdin", listener);
      summary = add(summary, fromStdin);
    }
    progress.finish();
    out.printf(
        "ingested %d inputs: %d added, %d new versions, %d unchanged, %d rejected%n",
        summary.total(),
        summary.added(),
        summary.newVersions(),
        summary.unchanged(),
        summary.rejected());
    out.flush();
    return summary;
  }

  private static void report(InputOutcome outcome, ProgressBar progress) {
    if (outcome.rejected()) {
      progress.println(
          TerminalSafeWriter.safe(
              "sitrep: rejected " + outcome.source() + ": " + outcome.rejection().detail()));
    }
    progress.step();
  }

  private static IngestSummary add(IngestSummary a, IngestSummary b) {
    return new IngestSummary(
        a.added() + b.added(),
        a.newVersions() + b.newVersions(),
        a.unchanged() + b.unchanged(),
        a.rejected() + b.rejected());
  }
}
