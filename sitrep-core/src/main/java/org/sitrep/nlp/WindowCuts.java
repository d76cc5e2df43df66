package org.sitrep.nlp;

/**
 * Where a long text is cut into windows that are read one at a time (annotation, extraction): at a
 * paragraph break in the window's second half, else at a line break, else at a space, else hard at
 * the window's size, so that a window rarely ends mid-sentence and never grows past its size.
 */
public final class WindowCuts {
  private WindowCuts() {}

  /**
   * The end (exclusive) of the window of at most {@code size} characters that starts at {@code
   * from}: the text's end when it is near, else just past the break chosen.
   */
  public static int end(String text, int from, int size) {
    int limit = from + size;
    if (limit >= text.length()) {
      return text.length();
    }
    int half = from + size / 2;
    int paragraph = text.lastIndexOf("\n\n", limit - 2);
    if (paragraph >= half) {
      return paragraph + 2;
    }
    int line = text.lastIndexOf('\n', limit - 1);
    if (line >= half) {
      return line + 1;
    }
    for (int cut = limit - 1; cut > half; cut--) {
      if (Character.isWhitespace(text.charAt(cut))) {
        return cut + 1;
      }
    }
    return limit;
  }
}
