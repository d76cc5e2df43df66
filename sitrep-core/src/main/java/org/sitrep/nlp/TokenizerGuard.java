package org.sitrep.nlp;

/**
 * Guards CoreNLP's tokenizer against input it takes quadratic time on: a run of characters with no
 * white space longer than any word, URL or number ({@code &&&&…}, {@code &amp;&amp;…}: 40,000
 * ampersands took 88 s). Such runs are blanked with spaces of the same length, so that every offset
 * into the text stays valid and the rest of the document is annotated as before.
 */
final class TokenizerGuard {
  /** Longer than any real token, URLs included; far below where the tokenizer slows down. */
  static final int MAX_RUN_CHARS = 256;

  private TokenizerGuard() {}

  /** {@code text} with each over-long run without white space replaced by as many spaces. */
  static String blankOverlongRuns(String text) {
    char[] chars = null;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
        if (i - start > MAX_RUN_CHARS) {
          if (chars == null) {
            chars = text.toCharArray();
          }
          java.util.Arrays.fill(chars, start, i, ' ');
        }
        start = i + 1;
      }
    }
    return chars == null ? text : new String(chars);
  }
}
