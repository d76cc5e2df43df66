package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the files a clone of the project carries: the demo corpus and the answer keys. */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** The repository's root folder, found by walking up from the working directory. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("demo/corpus"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "not inside a Sitrep checkout: " + Path.of("").toAbsolutePath());
  }

  /** The bundled demo corpus. */
  public static Path demoCorpus() {
    return root().resolve("demo/corpus");
  }

  /** The answer key for the demo corpus. */
  public static Path seedsGold() {
    return root().resolve("eval/seeds/gold.json");
  }
}
