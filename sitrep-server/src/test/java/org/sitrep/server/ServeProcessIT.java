package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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

  private static Process serve(Path db, String... options) throws Exception {
    Path jar = ProjectFiles.root().resolve("sitrep-server/target/sitrep-server.jar");
    assertThat(jar).exists();
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    command.addAll(List.of("--db", db.toString(), "serve"));
    command.addAll(List.of(options));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void servePrintsItsLoopbackAddressAnswersAndStopsOnASignal() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "serve-it");
    Path db = DemoStore.copyTo(dir);
    Process p = serve(db, "--port", "0");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String base = null;
    List<String> lines = new ArrayList<>();
    for (String line = out.readLine(); line != null && base == null; line = out.readLine()) {
      lines.add(line);
      Matcher m = ADDRESS.matcher(line);
      if (m.find() && line.startsWith("sitrep: serving")) {
        base = m.group(1);
      }
    }
    assertThat(base).as(String.join("\n", lines)).isNotNull();
    Http.Response stats = new Http(base).get("/api/v1/stats");
    assertThat(stats.status()).isEqualTo(200);
    assertThat(stats.json().get("events").asInt()).isPositive();
    // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server and closes the store.
    p.destroy();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    StringBuilder rest = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      rest.append(line).append('\n');
    }
    assertThat(rest.toString()).contains("sitrep: stopped");
  }

  @Test
  void aTokenFileWithAShortTokenIsRefused() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "serve-it");
    Path token = Files.writeString(dir.resolve("token"), "short\n");
    Process p = serve(dir.resolve("sitrep.db"), "--port", "0", "--token-file", token.toString());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("shorter than 16");
  }
}
