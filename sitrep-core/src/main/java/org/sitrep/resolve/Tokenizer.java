package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into the tokens names are matched on. Words keep inner apostrophes ("Kata'ib") and
 * dotted acronyms stay whole ("U.S."); dashes, possessives ("'s", "’s") and brackets are tokens of
 * their own so that "ISIL-held" and "Iran’s" still show "ISIL" and "Iran".
 *
 * <p>Thread-safe.
 */
final class Tokenizer {
  /** The Arabic article, written without assimilation; always skipped in names. */
  private static final Set<String> ARTICLES = Set.of("al", "el");

  /** The article assimilated to a sun letter ("ash-Sham", "ad-Din", "ul-Adl"): only with a dash. */
  private static final Set<String> BOUND_ARTICLES =
      Set.of("ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ud", "ul", "ut", "un", "us");

  /** The izafe of Urdu and Persian names ("Lashkar-e-Taiba", "Tehrik-i-Taliban"). */
  private static final Set<String> IZAFE = Set.of("e", "i", "o");

  private final NameFolder folder;

  Tokenizer(NameFolder folder) {
    this.folder = folder;
  }

  /** The tokens of {@code text}, in order; whitespace yields none. */
  List<Token> tokenize(String text) {
    List<Raw> raws = scan(text);
    List<Token> tokens = new ArrayList<>(raws.size());
    boolean[] shouting = shoutingLines(text);
    int line = 0;
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      line += r.newlines;
      String norm = r.kind == Token.Kind.WORD ? folder.fold(r.surface(text)) : "";
      Token.Kind kind = r.kind == Token.Kind.WORD && norm.isEmpty() ? Token.Kind.OTHER : r.kind;
      boolean skippable =
          kind == Token.Kind.DASH
              || kind == Token.Kind.POSSESSIVE
              || (kind == Token.Kind.WORD && skippableWord(text, raws, i, norm));
      tokens.add(
          new Token(
              r.begin,
              r.end,
              r.surface(text),
              norm,
              kind,
              r.spaceBefore,
              r.newlines > 0,
              skippable,
              shouting[Math.min(line, shouting.length - 1)]));
    }
    return tokens;
  }

  private static boolean skippableWord(String text, List<Raw> raws, int i, String norm) {
    Raw r = raws.get(i);
    String surface = r.surface(text);
    if (norm.equals("the")) {
      return true;
    }
    boolean attachedDashAfter =
        i + 1 < raws.size()
            && raws.get(i + 1).kind == Token.Kind.DASH
            && !raws.get(i + 1).spaceBefore;
    boolean allCaps = surface.chars().noneMatch(Character::isLowerCase);
    if (ARTICLES.contains(norm)) {
      // "AL" on its own is more likely an abbreviation than the article.
      return !allCaps || attachedDashAfter;
    }
    if (BOUND_ARTICLES.contains(norm) && attachedDashAfter && !allCaps) {
      return true;
    }
    boolean attachedDashBefore = i > 0 && raws.get(i - 1).kind == Token.Kind.DASH && !r.spaceBefore;
    return IZAFE.contains(surface) && attachedDashBefore;
  }

  private static boolean[] shoutingLines(String text) {
    String[] lines = text.split("\n", -1);
    boolean[] out = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      long upper = lines[i].chars().filter(Character::isUpperCase).count();
      long lower = lines[i].chars().filter(Character::isLowerCase).count();
      out[i] = upper >= 6 && lower * 3 < upper;
    }
    return out;
  }

  private static List<Raw> scan(String text) {
    List<Raw> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean space = true;
    int newlines = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      int len = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        if (c == '\n') {
          newlines++;
        }
        i += len;
        continue;
      }
      int end;
      Token.Kind kind;
      if (isWordChar(c)) {
        end = wordEnd(text, i);
        kind = Token.Kind.WORD;
      } else if (isDash(c)) {
        end = i + len;
        kind = Token.Kind.DASH;
      } else if (isApostrophe(c) && !out.isEmpty() && !space && possessiveEnd(text, i) > i) {
        end = possessiveEnd(text, i);
        kind = Token.Kind.POSSESSIVE;
      } else if (c == '(' || c == '[') {
        end = i + len;
        kind = Token.Kind.OPEN_PAREN;
      } else if (c == ')' || c == ']') {
        end = i + len;
        kind = Token.Kind.CLOSE_PAREN;
      } else {
        end = i + len;
        kind = Token.Kind.OTHER;
      }
      out.add(new Raw(i, end, kind, space, newlines));
      space = false;
      newlines = 0;
      i = end;
    }
    return out;
  }

  /** End of the word starting at {@code start}. */
  private static int wordEnd(String text, int start) {
    int i = start;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (isWordChar(c) || isJoiner(c)) {
        i += Character.charCount(c);
      } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
        if (possessiveEnd(text, i) > i) {
          return i;
        }
        i += Character.charCount(c);
      } else if (c == '.' && dottedAcronymContinues(text, start, i)) {
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  /** "U.S." and "U.N.": single capitals each followed by a dot stay one word. */
  private static boolean dottedAcronymContinues(String text, int start, int dot) {
    for (int k = start; k < dot; k++) {
      char ch = text.charAt(k);
      boolean capital = Character.isUpperCase(ch);
      boolean dotted = ch == '.';
      if (((k - start) % 2 == 0 && !capital) || ((k - start) % 2 == 1 && !dotted)) {
        return false;
      }
    }
    if ((dot - start) % 2 != 1) {
      return false;
    }
    boolean nextCapital = dot + 1 < text.length() && Character.isUpperCase(text.charAt(dot + 1));
    boolean afterNext = dot + 2 >= text.length() || text.charAt(dot + 2) == '.';
    return (nextCapital && afterNext) || dot - start >= 3;
  }

  /** End of a possessive ("'s", "’s", or a lone "’" after a plural), or {@code at} if none. */
  private static int possessiveEnd(String text, int at) {
    int n = text.length();
    int next = at + 1;
    boolean s = next < n && (text.charAt(next) == 's' || text.charAt(next) == 'S');
    if (s && (next + 1 >= n || !isWordChar(text.codePointAt(next + 1)))) {
      return next + 1;
    }
    boolean pluralBefore = at > 0 && (text.charAt(at - 1) == 's' || text.charAt(at - 1) == 'S');
    if (pluralBefore && (next >= n || !isWordChar(text.codePointAt(next)))) {
      return next;
    }
    return at;
  }

  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Zero-width joiners inside Persian and Arabic words ("خامنه‌ای"). */
  private static boolean isJoiner(int c) {
    return Character.getType(c) == Character.FORMAT;
  }

  static boolean isDash(int c) {
    return c == '-' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—' || c == '―'
        || c == '−';
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == 'ʿ' || c == 'ʾ' || c == '‘' || c == '`';
  }

  private record Raw(int begin, int end, Token.Kind kind, boolean spaceBefore, int newlines) {
    String surface(String text) {
      return text.substring(begin, end);
    }
  }
}
