package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.Detector;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.pipeline.ExtractionPipeline;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep run}: the main job, every stage from articles to exports in one command. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header = "Run the whole pipeline on PATHs and write the export.",
    description = {
      "Run the whole pipeline on PATHs (default: the bundled demo corpus, demo/corpus) and write",
      "the JSON Lines export: ingest, extract (reports and actors), fuse (events), export."
    })
final class RunCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> paths = List.of("demo/corpus");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Where to write the export (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    try (SqliteDocumentStore store = sitrep.createOrOpenStore()) {
      IngestSummary summary =
          IngestCommand.ingest(store, paths, IngestConfig.DEFAULT_MAX_BYTES, spec);
      ExtractCommand.extract(
          store,
          ExtractionPipeline.Annotation.TRIGGER_SENTENCES,
          Detector.STANDARD,
          Runtime.getRuntime().availableProcessors(),
          spec);
      FuseCommand.fuse(store, spec);
      ExportCommand.export(store, out, spec);
      return summary.rejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
  }
}
