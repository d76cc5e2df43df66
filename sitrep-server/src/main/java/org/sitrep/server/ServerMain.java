package org.sitrep.server;

import picocli.CommandLine;

/** Entry point of the server jar: {@code [--db FILE] serve|serve-bench ...}. */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerCommand()).execute(args));
  }
}
