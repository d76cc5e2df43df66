package org.sitrep.ingest;

/**
 * Whether a text reads as words: most of its characters stand in words or numbers, and at least two
 * words are made of letters alone ("Bomb kills 3." has two; three random bytes read as Windows-1252
 * can make one). Junk that decodes (random bytes read as Windows-1252, control characters, lone
 * surrogates, the {@code ]> &lol9;} an entity bomb leaves) fails both.
 */
final class ReadableWords {
  /** The share of non-space characters that must stand in words or numbers. */
  private static final double MIN_WORD_SHARE = 0.5;

  private static final int MIN_LETTER_WORDS = 2;

  /** Random bytes never make this many words of letters alone. */
  private static final int PLENTY_OF_WORDS = 20;

  private ReadableWords() {}

  /** Whether {@code text} carries readable text in words. */
  static boolean readable(String text) {
    long wordChars = 0;
    long otherChars = 0;
    int letterWords = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      Token token = token(text, start, i);
      if (token.word()) {
        wordChars += i - start;
        letterWords += token.lettersOnly() ? 1 : 0;
      } else {
        otherChars += i - start;
      }
    }
    // Plenty of words is readable text however much junk surrounds it (a page of "&amp;" with an
    // article in it); a few words must be most of what there is.
    return letterWords >= MIN_LETTER_WORDS
        && (letterWords >= PLENTY_OF_WORDS
            || wordChars >= MIN_WORD_SHARE * (wordChars + otherChars));
  }

  private record Token(boolean word, boolean lettersOnly) {}

  /**
   * A token between white space is a word when, without the punctuation around it, it is letters
   * and digits joined at most by apostrophes, hyphens, periods, commas, colons or slashes.
   */
  private static Token token(String s, int start, int end) {
    while (start < end && isOuterPunctuation(s.charAt(start))) {
      start++;
    }
    while (end > start && isOuterPunctuation(s.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      // Punctuation on its own ("-", "—", "&") is part of prose, not junk.
      return new Token(true, false);
    }
    int letters = 0;
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        letters++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if ("'’-‐–.,:/%".indexOf(c) < 0) {
        return new Token(false, false);
      }
    }
    boolean word = letters + digits > 0;
    return new Token(word, word && digits == 0 && letters >= 2);
  }

  private static boolean isOuterPunctuation(char c) {
    return "\"'“”‘’«»()[]{}<>.,;:!?¿¡…-–—*&#@$€£%+=/|~^_`".indexOf(c) >= 0;
  }
}
