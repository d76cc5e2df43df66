package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredRejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep rejections}: the inputs that were not ingested, and why. */
@Command(
    name = "rejections",
    mixinStandardHelpOptions = true,
    description = "List the inputs that were rejected, with the reason.")
final class RejectionsCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteDocumentStore store = sitrep.openStore()) {
      List<StoredRejection> rejections = store.rejections();
      for (StoredRejection r : rejections) {
        out.printf("%-12s %-32s %s%n", r.reason(), Text.cut(r.source(), 32), r.detail());
      }
      out.printf("%d rejected inputs%n", rejections.size());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
