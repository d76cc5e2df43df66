package org.sitrep.ingest;

import java.nio.file.Path;

/**
 * The name and origin of a file as Sitrep records them. A name whose bytes are not valid in the
 * system's encoding is written with those bytes percent-escaped ({@code report%FF.txt}): decoded,
 * every invalid byte turns into the same replacement character, and two such files became one
 * document.
 *
 * @param name the file's name, as users see it
 * @param origin the file's absolute path, its identity across ingests
 */
record FileName(String name, String origin) {
  static FileName of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path last = file.getFileName();
    String name = last == null ? file.toString() : last.toString();
    if (roundTrips(absolute)) {
      return new FileName(name, absolute.toString());
    }
    String escaped = absolute.toUri().getRawPath();
    String escapedName = escaped.substring(escaped.lastIndexOf('/', escaped.length() - 2) + 1);
    return new FileName(escapedName, escaped);
  }

  /** Whether the path's text names the same file again (false when bytes were replaced). */
  private static boolean roundTrips(Path path) {
    try {
      return Path.of(path.toString()).equals(path);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
