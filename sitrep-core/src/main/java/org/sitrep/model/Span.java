package org.sitrep.model;

/**
 * A stretch of a document's cleaned text.
 *
 * @param begin UTF-16 offset of the first character
 * @param end UTF-16 offset just past the last character
 */
public record Span(int begin, int end) implements java.io.Serializable {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  /** This stretch moved {@code offset} characters on: a window's span in the whole text. */
  public Span shifted(int offset) {
    return new Span(begin + offset, end + offset);
  }
}
