package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted speech in a sentence: what an analyst or official says is commentary, not a report,
 * and its numbers ("killed approximately 60 … in the last ten days") are aggregates. Short quotes
 * (names, slogans, "Israeli targets") are not speech and are not returned.
 */
final class QuotedSpans {
  private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{1,2000})[”\"]");
  private static final int MIN_SPEECH_WORDS = 7;

  private QuotedSpans() {}

  /** The {@code [begin, end)} ranges of quoted speech in {@code sentence}. */
  static List<int[]> in(String sentence) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = QUOTE.matcher(sentence);
    while (m.find()) {
      if (m.group(1).strip().split("\\s+").length >= MIN_SPEECH_WORDS) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    // A quote left open runs to the end of the sentence.
    int open = Math.max(sentence.lastIndexOf('“'), -1);
    if (open >= 0 && sentence.indexOf('”', open) < 0 && !covered(spans, open)) {
      spans.add(new int[] {open, sentence.length()});
    }
    return spans;
  }

  /** {@code sentence} with quoted speech blanked out, offsets unchanged. */
  static String blank(String sentence) {
    StringBuilder sb = new StringBuilder(sentence);
    for (int[] span : in(sentence)) {
      for (int i = span[0]; i < span[1]; i++) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  static boolean covered(List<int[]> spans, int offset) {
    for (int[] span : spans) {
      if (offset >= span[0] && offset < span[1]) {
        return true;
      }
    }
    return false;
  }
}
