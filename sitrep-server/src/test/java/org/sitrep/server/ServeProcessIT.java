package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.ProjectFiles;

/** The packaged server jar as {@code ./sitrep serve} runs it: address printed, clean stop. */
class ServeProcessIT {
  private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");

  private static Process serve(Path log, Path db, String... options) throws Exception {
    Path jar = ProjectFiles.root().resolve("sitrep-server/target/sitrep-server.jar");
    assertThat(jar).exists();
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    command.addAll(List.of("--db", db.toString(), "serve"));
    command.addAll(List.of(options));
    // Output goes to a file: a destroyed process's pipes are closed, its last lines with them.
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  @Test
  void servePrintsItsLoopbackAddressAnswersAndStopsOnASignal() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "serve-it");
    Path db = DemoStore.copyTo(dir);
    Path log = dir.resolve("serve.log");
    Process p = serve(log, db, "--port", "0");
    String base = null;
    // Bounded poll for the address line; the server prints it once it listens.
    for (int i = 0; i < 1200 && base == null && p.isAlive(); i++) {
      Thread.sleep(100);
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher m = ADDRESS.matcher(line);
        if (line.startsWith("sitrep: serving") && m.find()) {
          base = m.group(1);
        }
      }
    }
    assertThat(base).as(Files.readString(log)).isNotNull();
    Http.Response stats = new Http(base).get("/api/v1/stats");
    assertThat(stats.status()).isEqualTo(200);
    assertThat(stats.json().get("events").asInt()).isPositive();
    // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server and closes the store.
    p.destroy();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(log)).contains("sitrep: stopped");
  }

  @Test
  void aTokenFileWithAShortTokenIsRefused() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "serve-it");
    Path token = Files.writeString(dir.resolve("token"), "short\n");
    Path log = dir.resolve("serve.log");
    Process p =
        serve(log, dir.resolve("sitrep.db"), "--port", "0", "--token-file", token.toString());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(log)).contains("shorter than 16");
  }
}
