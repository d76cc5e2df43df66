package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the packaged {@code sitrep.jar} as a separate process, as users run it. */
final class SitrepProcess {
  /** What a finished run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private SitrepProcess() {}

  static Path jar() {
    Path jar = Path.of("target/sitrep.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: integration tests run after package");
    }
    return jar;
  }

  /** Starts {@code sitrep args...} in {@code workDir}, its output going to files there. */
  static Process start(Path workDir, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-jar", jar().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectOutput(workDir.resolve("stdout.txt").toFile())
        .redirectError(workDir.resolve("stderr.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(emptyFile(workDir).toFile()))
        .start();
  }

  /** Runs {@code sitrep args...} in {@code workDir} to the end. */
  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    Process process = start(workDir, args);
    int code = process.waitFor();
    return new Result(
        code,
        Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  private static Path emptyFile(Path workDir) throws IOException {
    Path empty = workDir.resolve("stdin.txt");
    if (!Files.exists(empty)) {
      Files.createFile(empty);
    }
    return empty;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
