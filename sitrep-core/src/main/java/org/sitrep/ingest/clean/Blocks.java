package org.sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measures of a text block shared by the cleaning filters, and the splitting of text into blocks.
 */
final class Blocks {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern QUOTES = Pattern.compile("^[\"“”‘’'«»]+|[\"“”‘’'«»]+$");

  /** A paragraph of running text, not a heading, label or teaser title. */
  static final int BODY_PARAGRAPH_WORDS = 20;

  private Blocks() {}

  /**
   * Splits text into trimmed, non-empty blocks, one per line; hard-wrapped paragraphs (lines broken
   * at a fixed width inside blank-line-separated paragraphs) are joined back first.
   */
  static List<String> split(String text) {
    String normalized =
        INVISIBLE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    List<String> lines = Arrays.asList(normalized.split("\n", -1));
    if (isHardWrapped(lines)) {
      lines = Arrays.asList(normalized.split("\n\\s*\n"));
    }
    List<String> blocks = new ArrayList<>();
    for (String line : lines) {
      String block = normalizeSpace(line.replace('\n', ' '));
      if (!block.isEmpty()) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** Collapses runs of spaces, tabs and no-break spaces, and trims. */
  static String normalizeSpace(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static int words(String block) {
    int n = 0;
    var m = WORD.matcher(block);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Ends as a sentence does: period, question or exclamation mark, maybe inside quotes. */
  static boolean endsLikeSentence(String block) {
    String s = QUOTES.matcher(block).replaceAll("");
    s = s.isEmpty() ? block : s;
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ';' || last == ':';
  }

  /** Ends with an ellipsis, as teasers of other articles do. */
  static boolean endsWithEllipsis(String block) {
    String s = block.strip();
    return s.endsWith("…") || s.endsWith("...") || s.endsWith("…,") || s.endsWith("…\"");
  }

  /** A short line without a sentence's final punctuation: a heading, label, link or title. */
  static boolean isTitleLike(String block) {
    return words(block) <= 15 && !endsLikeSentence(block) && !endsWithEllipsis(block);
  }

  /** Running text: long enough and ending as a sentence does. */
  static boolean isBodyParagraph(String block) {
    return words(block) >= BODY_PARAGRAPH_WORDS && endsLikeSentence(block);
  }

  /** The block without surrounding quotation marks. */
  static String unquote(String block) {
    String s = QUOTES.matcher(block).replaceAll("").strip();
    return s.isEmpty() ? block : s;
  }

  /** A key under which copies of one block compare equal (case, quotes and spacing aside). */
  static String key(String block) {
    return normalizeSpace(unquote(block)).toLowerCase(Locale.ROOT);
  }

  private static boolean isHardWrapped(List<String> lines) {
    int nonEmpty = 0;
    int longest = 0;
    int continued = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      nonEmpty++;
      longest = Math.max(longest, line.length());
      boolean nextIsText = i + 1 < lines.size() && !lines.get(i + 1).isBlank();
      if (nextIsText && !endsLikeSentence(line) && line.length() >= 40) {
        continued++;
      }
    }
    // Hard wrapping: a page of narrow lines, most of which run on into the next line.
    return nonEmpty >= 4 && longest <= 100 && continued * 2 >= nonEmpty;
  }
}
