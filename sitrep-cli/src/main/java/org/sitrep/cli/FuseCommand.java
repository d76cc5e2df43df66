package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.fuse.FusionChange;
import org.sitrep.pipeline.BatchFuse;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep fuse}: joins the store's reports of one incident into events. */
@Command(
    name = "fuse",
    mixinStandardHelpOptions = true,
    header = "Fuse the stored reports into events.",
    description = {
      "Fuse the stored reports into events (run and extract do it too). Only reports that are new,",
      "changed or gone since the last fusion are fused again; a re-run changes nothing."
    })
final class FuseCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (SqliteDocumentStore store = sitrep.openStore()) {
      fuse(store, spec);
    }
    return ExitCodes.OK;
  }

  /** Fuses what changed in {@code store} and says what it did. */
  static void fuse(DocumentStore store, CommandSpec spec) {
    FusionChange change = new BatchFuse(store).run();
    PrintWriter out = spec.commandLine().getOut();
    if (change.isEmpty()) {
      out.println("fused 0 reports: all events are up to date");
    } else {
      out.printf(
          "fused %d reports into %d events (%d earlier events replaced); %d events in all%n",
          change.stamps().size(),
          change.events().size(),
          change.removedEventIds().size(),
          store.events().size());
    }
    out.flush();
  }
}
