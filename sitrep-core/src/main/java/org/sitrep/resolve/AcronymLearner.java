package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Actor;

/**
 * Learns the acronyms a text defines, "the Islamic Revolutionary Guard Corps (IRGC)": the acronym
 * then names that actor for the rest of the document. When the long name is no known actor but a
 * run of capitalised words whose initials fit the acronym, it is a new actor.
 *
 * <p>Immutable and thread-safe; what it learns goes into the document's {@link DocumentNames}.
 */
final class AcronymLearner {
  /** How far back a defined name may start. */
  private static final int MAX_NAME_TOKENS = 16;

  private final NameMatcher matcher;
  private final GroupFinder groups;

  AcronymLearner(NameMatcher matcher, GroupFinder groups) {
    this.matcher = matcher;
    this.groups = groups;
  }

  /** Teaches {@code local} every acronym {@code tokens} define. */
  void learn(String text, List<Token> tokens, DocumentNames local) {
    for (int p = 1; p < tokens.size(); p++) {
      if (tokens.get(p).kind() != Token.Kind.OPEN_PAREN) {
        continue;
      }
      int close = closing(tokens, p);
      int end = nameEnd(tokens, p);
      if (close < 0 || end < 0) {
        continue;
      }
      List<Token> acronym = tokens.subList(p + 1, close);
      String letters = letters(acronym);
      Optional<Match> known = knownEndingAt(tokens, end, local);
      if (known.isPresent()) {
        Match m = known.get();
        if (fits(letters, tokens.subList(m.first(), m.last() + 1))) {
          local.learn(Alias.of(m.actor(), acronym));
        }
        continue;
      }
      int start = groups.runStart(tokens, end);
      if (fits(letters, tokens.subList(start, end + 1))) {
        Actor actor = groups.teach(text, tokens, start, end, local);
        if (actor != null) {
          local.learn(Alias.of(actor, acronym));
        }
      }
    }
  }

  /** Index of the ")" closing an acronym opened at {@code p}, or -1 if no acronym is there. */
  private static int closing(List<Token> tokens, int p) {
    int upper = 0;
    for (int i = p + 1; i < tokens.size() && i <= p + 6; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.CLOSE_PAREN) {
        return i > p + 1 && upper >= 2 && upper <= 10 && tokens.get(i - 1).isWord() ? i : -1;
      }
      boolean word = t.isWord() && !t.spaceBefore() || t.isWord() && i == p + 1;
      boolean dash = t.kind() == Token.Kind.DASH && !t.spaceBefore();
      if (!word && !dash) {
        return -1;
      }
      if (word) {
        long caps = t.surface().chars().filter(Character::isUpperCase).count();
        if (caps == 0 || (caps == 1 && t.surface().length() > 1)) {
          return -1;
        }
        upper += (int) caps;
      }
    }
    return -1;
  }

  /** Index of the last word of the name before "(" at {@code p}, past a closing quote. */
  private static int nameEnd(List<Token> tokens, int p) {
    int i = p - 1;
    if (i >= 0 && tokens.get(i).kind() == Token.Kind.OTHER && isQuote(tokens.get(i).surface())) {
      i--;
    }
    return i >= 0 && tokens.get(i).isWord() && !tokens.get(i).skippable() ? i : -1;
  }

  private Optional<Match> knownEndingAt(List<Token> tokens, int end, DocumentNames local) {
    for (int s = Math.max(0, end - MAX_NAME_TOKENS); s <= end; s++) {
      Optional<Match> m =
          matcher
              .longest(tokens, s, local, NameMatcher.Mode.MENTIONS)
              .filter(x -> x.last() == end && !x.blocked());
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an acronym fits a name: same first letter, and its letters appear in order in the name
   * ("ISKP" in "Islamic State-Khorasan Province"); "(AFP)" after "Syria" does not fit.
   */
  static boolean fits(String acronym, List<Token> name) {
    StringBuilder folded = new StringBuilder();
    for (Token t : name) {
      if (t.isWord() && (!t.skippable() || t.isArticle())) {
        folded.append(t.norm());
      }
    }
    String letters = acronym.toLowerCase(Locale.ROOT);
    if (letters.isEmpty() || folded.length() == 0 || !startsLike(letters.charAt(0), name)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < letters.length(); i++) {
      at = folded.indexOf(String.valueOf(letters.charAt(i)), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /** Whether the name's first word, or its first word past an article, starts with {@code c}. */
  private static boolean startsLike(char c, List<Token> name) {
    for (Token t : name) {
      if (t.isWord() && t.norm().charAt(0) == c) {
        return true;
      }
      if (t.isWord() && !t.skippable()) {
        return false;
      }
    }
    return false;
  }

  private static String letters(List<Token> acronym) {
    StringBuilder b = new StringBuilder();
    acronym.stream().filter(Token::isWord).forEach(t -> b.append(t.norm()));
    return b.toString();
  }

  private static boolean isQuote(String s) {
    return s.equals("\"") || s.equals("”") || s.equals("’") || s.equals("'") || s.equals("»");
  }
}
