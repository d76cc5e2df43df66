package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code sitrep} command: global options and the subcommands. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "sitrep 0.1.0",
    description = "Turns reporting on armed conflict into a sourced, queryable record of events.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      ExtractCommand.class,
      FuseCommand.class,
      EventsCommand.class,
      DocumentsCommand.class,
      ShowCommand.class,
      RejectionsCommand.class,
      ExportCommand.class,
      ActorCommand.class,
      EvalCommand.class,
      CodedDocumentsCommand.class,
      GazetteerCommand.class,
      BenchCommand.class,
      NlpBenchCommand.class,
      FuseBenchCommand.class,
      TrainCommand.class,
      ClassifyCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:failed (store or file error, named on standard error)",
      "2:wrong usage",
      "3:done, but some inputs were rejected (named on standard error)"
    })
public final class SitrepCommand {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "sitrep.db",
      scope = ScopeType.INHERIT,
      description =
          "The store, an SQLite file (default: ${DEFAULT-VALUE} in the working directory).")
  Path db;

  /** The command line with Sitrep's exit codes and error reporting wired in. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SitrepCommand());
    // Plain help: the terminal-safe output drops escape characters, colours among them.
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    commandLine.setOut(
        new PrintWriter(
            new TerminalSafeWriter(
                new java.io.OutputStreamWriter(
                    System.out, java.nio.charset.StandardCharsets.UTF_8)),
            true));
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          cmd.getErr().println("sitrep: " + TerminalSafeWriter.safe(message(e)));
          return ExitCodes.FAILURE;
        });
    return commandLine;
  }

  @Spec CommandSpec spec;

  /**
   * Opens the store the {@code --db} option names, which must exist: a read command given a
   * mistyped name would otherwise create an empty store and report nothing in it.
   *
   * @throws StoreException naming the missing file
   */
  SqliteDocumentStore openStore() {
    if (!Files.exists(db)) {
      throw new StoreException(
          "no store at " + db + " (check --db; only ingest and run create a store)");
    }
    return createOrOpenStore();
  }

  /** Opens the store the {@code --db} option names, creating it when it does not exist. */
  SqliteDocumentStore createOrOpenStore() {
    PrintWriter err = spec.commandLine().getErr();
    return SqliteDocumentStore.open(
        db,
        Clock.systemUTC(),
        message -> {
          err.println("sitrep: " + message);
          err.flush();
        });
  }

  private static String message(Throwable e) {
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    Throwable cause = e.getCause();
    if (cause instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    return message;
  }
}
