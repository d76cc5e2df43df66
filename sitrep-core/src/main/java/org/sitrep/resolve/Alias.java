package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;

/**
 * One written form of a name, ready for matching: its key (folded words joined by spaces, without
 * articles, dashes and "the") and, per word, how strictly the text's case must agree.
 *
 * @param actor the actor it names; null for a phrase that names no actor ("Latin America")
 * @param key the folded words joined by single spaces
 * @param letters per word, its letters and digits as written (for {@link Rule#EXACT})
 * @param rules per word, how the text's case must agree
 */
record Alias(Actor actor, String key, List<String> letters, List<Rule> rules) {

  /** How a word of the text must be written to match a word of the alias. */
  enum Rule {
    ANY,
    /** The alias starts with a capital ("Islamic State"), so "an islamic state" is no mention. */
    CAPITALIZED,
    /** A long acronym ("ISIS"): "Isis" is still it, "isis" is not. */
    NOT_LOWER,
    /** A short or mixed-case acronym ("IS", "US", "LeT"): exactly as written, so never "us". */
    EXACT
  }

  /** The alias of {@code actor} written as {@code tokens}, or null if it holds no word. */
  static Alias of(Actor actor, List<Token> tokens) {
    List<String> norms = new ArrayList<>();
    List<String> letters = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    for (Token t : tokens) {
      if (!t.isWord() || t.skippable()) {
        continue;
      }
      norms.add(t.norm());
      letters.add(lettersOf(t.surface()));
      rules.add(ruleFor(t.surface(), rules.isEmpty()));
    }
    return norms.isEmpty() ? null : new Alias(actor, String.join(" ", norms), letters, rules);
  }

  /** Whether the text words {@code words} are written as this alias needs. */
  boolean accepts(List<Token> words) {
    for (int i = 0; i < rules.size(); i++) {
      Token t = words.get(i);
      boolean ok =
          switch (rules.get(i)) {
            case ANY -> true;
            case CAPITALIZED -> t.capitalized();
            case NOT_LOWER -> !t.allLower();
            case EXACT -> lettersOf(t.surface()).equals(letters.get(i));
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word is a short acronym, the kind a line in capitals makes up by chance. */
  boolean shortAcronym() {
    int total = letters.stream().mapToInt(String::length).sum();
    return total <= 3 && rules.stream().allMatch(r -> r == Rule.EXACT);
  }

  /** Whether any word is an acronym: acronyms are never matched fuzzily. */
  boolean hasAcronym() {
    return rules.stream().anyMatch(r -> r == Rule.EXACT || r == Rule.NOT_LOWER);
  }

  int size() {
    return rules.size();
  }

  static Rule ruleFor(String surface, boolean first) {
    String letters = lettersOf(surface);
    long upper = letters.chars().filter(Character::isUpperCase).count();
    boolean hasLower = letters.chars().anyMatch(Character::isLowerCase);
    boolean acronym = upper >= 2 || (letters.length() == 1 && upper == 1);
    if (acronym) {
      return letters.length() <= 3 || hasLower ? Rule.EXACT : Rule.NOT_LOWER;
    }
    return first && upper > 0 ? Rule.CAPITALIZED : Rule.ANY;
  }

  private static String lettersOf(String surface) {
    StringBuilder out = new StringBuilder(surface.length());
    surface.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
