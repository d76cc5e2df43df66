package org.sitrep.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.SitrepException;

/** Reads a data file kept as a resource: its lines, stripped, without blanks and # comments. */
public final class DataLines {
  private DataLines() {}

  /** One line of a data file and its number (from 1), for error messages. */
  public record Line(int number, String text) {}

  /**
   * The content lines of {@code resource}, resolved as {@link Class#getResourceAsStream} does
   * beside {@code anchor}, in file order.
   *
   * @throws SitrepException when the resource is missing
   * @throws UncheckedIOException when it cannot be read
   */
  public static List<Line> read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SitrepException("missing resource " + resource);
      }
      List<String> all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      List<Line> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        String text = all.get(i).strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          out.add(new Line(i + 1, text));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
