package org.sitrep.eval.coded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.SitrepException;

/** The lines of a data file beside this package's classes, blank lines and # comments skipped. */
final class DataLines {
  private DataLines() {}

  /**
   * The stripped lines of {@code resource}.
   *
   * @throws SitrepException when it is missing or unreadable
   */
  static List<String> read(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SitrepException("missing resource org/sitrep/eval/coded/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          lines.add(s);
        }
      }
    } catch (IOException e) {
      throw new SitrepException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    return lines;
  }

  /** The tab-separated fields of {@code line}, which must have {@code count} of them. */
  static String[] fields(String resource, String line, int count) {
    String[] fields = line.split("\t");
    if (fields.length != count) {
      throw new SitrepException(
          resource + ": expected " + count + " tab-separated fields in \"" + line + "\"");
    }
    return fields;
  }
}
