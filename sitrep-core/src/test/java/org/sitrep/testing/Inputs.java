package org.sitrep.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: the bundled articles, and bad inputs of every kind written into a folder. */
public final class Inputs {
  private Inputs() {}

  /** The text of a test resource under {@code /inputs}. */
  public static String resource(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream("/inputs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test input " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the folder of the foundation's acceptance check: an English article, the same article in
   * Windows-1252 (Latin-1), an empty file, a binary file, a 30 MB file and a French article.
   */
  public static Path writeMixedFolder(Path dir) throws IOException {
    Files.createDirectories(dir);
    String english = resource("english-article.txt");
    Files.writeString(dir.resolve("good.txt"), english);
    String accented =
        english.replace("Jane Doe", "Renée Müller").replace("Tuesday", "Tuesday’s dusk");
    Files.write(dir.resolve("latin1.txt"), accented.getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    Files.write(dir.resolve("image.bin"), binary);
    byte[] huge =
        english.repeat(1 + (30 << 20) / english.length()).getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("huge.txt"), huge);
    Files.writeString(dir.resolve("french.txt"), resource("french-article.txt"));
    return dir;
  }
}
