package org.sitrep.resolve;

import java.util.List;

/** Where a name sits inside a hyphenated compound ("Iran-backed", "pro-Iranian", "ISIL-held"). */
final class Compounds {
  private Compounds() {}

  /**
   * Whether the words {@code first..last} are joined by a dash, with no space, to a word before or
   * after them.
   */
  static boolean attached(List<Token> tokens, int first, int last) {
    boolean after =
        last + 2 < tokens.size()
            && tokens.get(last + 1).kind() == Token.Kind.DASH
            && !tokens.get(last + 1).spaceBefore()
            && tokens.get(last + 2).isWord()
            && !tokens.get(last + 2).spaceBefore();
    boolean before =
        first >= 2
            && tokens.get(first - 1).kind() == Token.Kind.DASH
            && !tokens.get(first).spaceBefore()
            && !tokens.get(first - 1).spaceBefore()
            && tokens.get(first - 2).isWord();
    return after || before;
  }

  /**
   * The first token of a name whose first word is {@code first}: the Arabic article before it
   * ("al-" in "al-Shabaab", "Al " in "Al Qaeda") belongs to the name.
   */
  static int withArticle(List<Token> tokens, int first) {
    int prev = first - 1;
    if (prev >= 0 && tokens.get(prev).isArticle() && !tokens.get(first).newlineBefore()) {
      return prev;
    }
    boolean dash =
        prev >= 1
            && tokens.get(prev).kind() == Token.Kind.DASH
            && !tokens.get(prev).spaceBefore()
            && !tokens.get(first).spaceBefore();
    return dash && tokens.get(prev - 1).isArticle() ? prev - 1 : first;
  }
}
