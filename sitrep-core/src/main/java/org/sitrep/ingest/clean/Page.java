package org.sitrep.ingest.clean;

import java.util.List;
import java.util.Objects;

/**
 * A page on its way through the cleaning chain: its text blocks (paragraphs, headings, lines) and
 * the header fields found so far.
 *
 * @param blocks the text blocks in reading order, each trimmed and non-empty
 * @param title the headline, or null while unknown
 * @param author the byline's author, or null while unknown
 * @param published the publication date (ISO 8601, possibly partial), or null while unknown
 */
public record Page(List<String> blocks, String title, String author, String published) {
  public Page {
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
  }

  /** This page with other blocks and the same header fields. */
  public Page withBlocks(List<String> newBlocks) {
    return new Page(newBlocks, title, author, published);
  }

  /** The body text: the blocks joined by blank lines. */
  public String text() {
    return String.join("\n\n", blocks);
  }
}
