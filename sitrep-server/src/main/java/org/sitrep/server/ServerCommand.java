package org.sitrep.server;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The server jar's top command: the store option shared by its subcommands. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    description = "Serves a Sitrep store over HTTP.",
    subcommands = {ServeCommand.class, ServeBenchCommand.class})
final class ServerCommand {
  @Option(
      names = "--db",
      description = "The store file (default: ${DEFAULT-VALUE}).",
      defaultValue = "sitrep.db")
  Path db;
}
