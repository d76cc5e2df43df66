package org.sitrep.eval;

import java.util.Optional;
import org.sitrep.model.Span;

/**
 * A text prepared for finding verbatim quotations that may differ from it in whitespace, quote and
 * dash characters, or case: runs of whitespace are one space, curly quotes are straight, every dash
 * is a hyphen, letters are lower-case. Offsets found map back to the original text.
 */
final class NormalisedText {
  private final String text;
  private final int[] offsets;

  private NormalisedText(String text, int[] offsets) {
    this.text = text;
    this.offsets = offsets;
  }

  /** {@code original} prepared for searching. */
  static NormalisedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] offsets = new int[original.length() + 1];
    boolean space = false;
    for (int i = 0; i < original.length(); i++) {
      char c = normalise(original.charAt(i));
      if (c == 0) {
        continue;
      }
      if (c == ' ') {
        // Leading whitespace and runs of it collapse to nothing and one space.
        if (space || out.length() == 0) {
          continue;
        }
        space = true;
      } else {
        space = false;
      }
      offsets[out.length()] = i;
      out.append(c);
    }
    return new NormalisedText(out.toString(), offsets);
  }

  /** The normalised form of {@code s}, without leading or trailing space. */
  static String normalise(String s) {
    return of(s).text.strip();
  }

  /** The normalised text. */
  String text() {
    return text;
  }

  /** Where {@code quotation} first stands in the original text; empty when it does not. */
  Optional<Span> find(String quotation) {
    String needle = normalise(quotation);
    if (needle.isEmpty()) {
      return Optional.empty();
    }
    int at = text.indexOf(needle);
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of(new Span(offsets[at], offsets[at + needle.length() - 1] + 1));
  }

  /** Whether {@code quotation} stands in the text. */
  boolean contains(String quotation) {
    String needle = normalise(quotation);
    return !needle.isEmpty() && text.contains(needle);
  }

  /** One character normalised: a space, a straight quote, a hyphen, lower case; 0 to drop it. */
  private static char normalise(char c) {
    switch (c) {
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
        return 0;
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      case '\u00A0', '\u2007', '\u202F':
        return ' ';
      default:
        return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }
  }
}
