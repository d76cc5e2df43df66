package org.sitrep.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: runs the server until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the store's API and page until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ServerCommand parent;

  @Option(
      names = "--db",
      description = "The store file, as the global --db gives it (either place works).")
  Path db;

  @Option(
      names = "--port",
      description = "Port (default: ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--bind",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
      defaultValue = "127.0.0.1")
  String bind;

  @Option(
      names = "--token-file",
      description =
          "A file holding the bearer token that POST /api/v1/documents must carry;"
              + " without it the server is read-only.")
  Path tokenFile;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerOptions options = ServerOptions.defaults().at(bind, port);
    if (tokenFile != null) {
      String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (token.length() < 16) {
        System.err.println("sitrep: the token in " + tokenFile + " is shorter than 16 characters");
        return 2;
      }
      options = options.withWriteToken(token);
    }
    Path store = db != null ? db : parent.db;
    if (!Files.isRegularFile(store)) {
      System.err.println(
          "sitrep: no store at " + store + "; make one first (./sitrep run) or name it with --db");
      return 2;
    }
    SitrepServer server = SitrepServer.start(store, options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  System.err.println("sitrep: stopped");
                  stopped.countDown();
                }));
    System.out.println("sitrep: serving " + store + " at " + server.url() + "/");
    System.out.println(
        "sitrep: " + (options.writeToken() == null ? "read-only" : "writes need the token"));
    stopped.await();
    return 0;
  }
}
