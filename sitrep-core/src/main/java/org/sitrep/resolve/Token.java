package org.sitrep.resolve;

/**
 * One token of a text as name matching sees it.
 *
 * @param begin UTF-16 offset of the first character
 * @param end UTF-16 offset just past the last character
 * @param surface the characters as written
 * @param norm the folded form ({@link NameFolder}); empty for punctuation
 * @param kind what sort of token
 * @param spaceBefore whether whitespace separates it from the token before
 * @param newlineBefore whether a line break separates it from the token before
 * @param skippable whether names are compared without it: a dash, a possessive, the Arabic article
 *     ("al-", "ash-"), an Urdu/Persian izafe ("-e-") or "the"
 * @param shouting whether its line is written in capitals, where "IS" and "US" are no acronyms
 */
record Token(
    int begin,
    int end,
    String surface,
    String norm,
    Kind kind,
    boolean spaceBefore,
    boolean newlineBefore,
    boolean skippable,
    boolean shouting) {

  /** Sorts of token. */
  enum Kind {
    WORD,
    DASH,
    POSSESSIVE,
    OPEN_PAREN,
    CLOSE_PAREN,
    OTHER
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  /** A word that is the Arabic article or an izafe, which a name's span may start with. */
  boolean isArticle() {
    return kind == Kind.WORD && skippable && !norm.equals("the");
  }

  /** A word whose first letter is a capital, or a word in a script without case. */
  boolean capitalized() {
    int c = surface.codePointAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c);
  }

  /** A word with no capital letter at all. */
  boolean allLower() {
    return surface.chars().noneMatch(Character::isUpperCase)
        && surface.chars().anyMatch(Character::isLowerCase);
  }
}
