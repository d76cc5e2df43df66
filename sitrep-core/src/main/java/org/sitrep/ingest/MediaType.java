package org.sitrep.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input Sitrep reads, known from a file's extension or from sniffing its bytes. */
public enum MediaType {
  PLAIN_TEXT,
  HTML,
  /** One JSON Lines record {@code {id, url, title, author, published, text | html}}. */
  JSON_RECORD;

  /**
   * The media type a file name's extension names.
   *
   * @return empty when the extension is not one Sitrep knows; callers then sniff the bytes
   */
  public static Optional<MediaType> fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
      return Optional.of(PLAIN_TEXT);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }
}
