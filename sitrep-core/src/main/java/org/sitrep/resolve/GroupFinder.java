package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Finds armed groups the registry does not know but a text names the way groups are named: a run of
 * capitalised words ending in a group noun ("the Imam Hussein Brigades", "X Movement", "X Front"),
 * or starting with an Arabic or Urdu head word ("Jaish al-X", "Liwa X", "Lashkar-e-X"). Each
 * becomes a new actor with id {@code new:} and its folded name, words joined by hyphens.
 *
 * <p>Immutable and thread-safe; what it finds goes into the document's {@link DocumentNames}.
 */
final class GroupFinder {
  private static final Set<String> GROUP_NOUNS =
      Set.of(
          "brigades",
          "brigade",
          "battalion",
          "battalions",
          "movement",
          "front",
          "army",
          "militia",
          "organization",
          "organisation",
          "corps",
          "regiment",
          "forces",
          "guards",
          "mujahideen",
          "mujahidin",
          "legion",
          "companies",
          "falcons",
          "squadrons",
          "division");

  private static final Set<String> HEAD_WORDS =
      Set.of(
          "jaish", "jaysh", "jeish", "liwa", "kataib", "katibat", "katiba", "saraya", "harakat",
          "harakah", "jabhat", "jund", "tehrik", "tehreek", "tahrik", "lashkar", "jamaat", "jamaah",
          "hizb", "ahrar", "firqat", "faylaq", "failaq", "usbat", "asaib", "quwat", "quwwat",
          "tanzim", "alwiya", "ittihad", "kataeb");

  /** Words that may sit, lower-case, inside a name ("Army of the Men", "Jaish wal-Jihad"). */
  private static final Set<String> CONNECTORS =
      Set.of("of", "for", "and", "in", "wal", "wa", "fi", "li", "lil", "bin", "ibn");

  /** Words too general to make a name on their own ("Popular Front", "Special Forces"). */
  private static final Set<String> GENERIC =
      Set.of(
          "national",
          "popular",
          "islamic",
          "islamist",
          "democratic",
          "liberation",
          "resistance",
          "revolutionary",
          "people",
          "peoples",
          "united",
          "free",
          "armed",
          "special",
          "security",
          "government",
          "coalition",
          "joint",
          "task",
          "allied",
          "new",
          "southern",
          "northern",
          "eastern",
          "western",
          "central",
          "rapid",
          "support",
          "military",
          "defense",
          "defence",
          "republican",
          "regular",
          "royal",
          "elite",
          "air",
          "naval",
          "border",
          "presidential",
          "federal",
          "local",
          "tribal",
          "international",
          "regional",
          "arab",
          "kurdish",
          "sunni",
          "shia",
          "shiite",
          "muslim",
          "operations",
          "operation",
          "counter",
          "terrorism",
          "counterterrorism",
          "intelligence",
          "police",
          "civil",
          "republic",
          "guard",
          "state",
          "the",
          "a",
          "an",
          "these",
          "this",
          "their",
          "its",
          "his",
          "our",
          "militant",
          "rebel",
          "jihadist",
          "terrorist",
          "foreign",
          "main",
          "other");

  /** A name is at most this many words. */
  private static final int MAX_WORDS = 8;

  private final NameMatcher matcher;

  GroupFinder(NameMatcher matcher) {
    this.matcher = matcher;
  }

  /** Teaches {@code local} the unknown groups {@code tokens} name. */
  void discover(String text, List<Token> tokens, DocumentNames local) {
    boolean[] titleLine = titleCaseLines(tokens);
    int line = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      line += t.newlineBefore() ? 1 : 0;
      if (!t.isWord() || t.skippable() || !t.capitalized() || titleLine[line]) {
        continue;
      }
      if (GROUP_NOUNS.contains(t.norm())) {
        int start = runStart(tokens, i);
        teach(text, tokens, start, i, local);
      } else if (HEAD_WORDS.contains(t.norm())) {
        int end = runEnd(tokens, i);
        if (end > i) {
          teach(text, tokens, i, end, local);
          i = end;
        }
      }
    }
  }

  /**
   * The new actor named by tokens {@code from..to}, taught to {@code local}; null when they are no
   * plausible name or name a known actor.
   */
  Actor teach(String text, List<Token> tokens, int from, int to, DocumentNames local) {
    List<Token> words = contentWords(tokens, from, to);
    boolean specific = words.stream().anyMatch(w -> isSpecific(w));
    boolean digits = words.stream().anyMatch(w -> w.norm().chars().anyMatch(Character::isDigit));
    if (words.size() < 2 || !specific || digits || knownInside(tokens, from, to, local)) {
      return null;
    }
    String key = NameMatcher.key(words);
    if (local.lookup(key).isPresent()) {
      return local.lookup(key).get().actor();
    }
    boolean armed =
        words.stream()
            .anyMatch(w -> GROUP_NOUNS.contains(w.norm()) || HEAD_WORDS.contains(w.norm()));
    Actor actor =
        local.newActor(
            new Actor(
                "new:" + key.replace(' ', '-'),
                text.substring(tokens.get(from).begin(), tokens.get(to).end()),
                armed ? ActorKind.POLITICAL_MILITIA : ActorKind.ORGANIZATION,
                null,
                List.of(),
                null));
    local.learn(Alias.of(actor, tokens.subList(from, to + 1)));
    return actor;
  }

  /** The first token of the capitalised name that ends at {@code end}. */
  int runStart(List<Token> tokens, int end) {
    int start = end;
    int words = 1;
    for (int i = end - 1; i >= 0 && !tokens.get(i + 1).newlineBefore() && words < MAX_WORDS; i--) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.skippable() && t.capitalized()) {
        start = i;
        words++;
      } else if (!inner(tokens, i)) {
        break;
      }
    }
    return start;
  }

  private int runEnd(List<Token> tokens, int head) {
    int end = head;
    int words = 1;
    for (int i = head + 1; i < tokens.size() && !tokens.get(i).newlineBefore(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.skippable() && t.capitalized() && words < MAX_WORDS) {
        end = i;
        words++;
      } else if (!inner(tokens, i)) {
        break;
      }
    }
    return end;
  }

  /** Whether a token may sit inside a name: an article, a connector, a dash of "al-" or "-e-". */
  private static boolean inner(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.DASH) {
      boolean articleBefore = i > 0 && tokens.get(i - 1).isArticle();
      boolean articleAfter = i + 1 < tokens.size() && tokens.get(i + 1).isArticle();
      return !t.spaceBefore() && (articleBefore || articleAfter);
    }
    if (t.kind() == Token.Kind.POSSESSIVE) {
      // "Martyrs' Brigades" is one name; "Iran's Quds Force" is two.
      return t.surface().length() == 1;
    }
    return t.isWord() && (t.isArticle() || CONNECTORS.contains(t.norm()) && t.allLower());
  }

  private static boolean isSpecific(Token w) {
    return !GENERIC.contains(w.norm())
        && !GROUP_NOUNS.contains(w.norm())
        && !HEAD_WORDS.contains(w.norm());
  }

  private static List<Token> contentWords(List<Token> tokens, int from, int to) {
    List<Token> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.skippable() && !(CONNECTORS.contains(t.norm()) && t.allLower())) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a known actor's name, or a phrase known to name none, lies within the run. */
  private boolean knownInside(List<Token> tokens, int from, int to, DocumentNames local) {
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || t.skippable()) {
        continue;
      }
      boolean known =
          matcher
              .longest(tokens, i, local, NameMatcher.Mode.MENTIONS)
              .filter(m -> m.form() != MentionForm.METONYM)
              .isPresent();
      if (known) {
        return true;
      }
    }
    return false;
  }

  /** Lines written in title case (headlines), where every word is capitalised anyway. */
  private static boolean[] titleCaseLines(List<Token> tokens) {
    List<int[]> counts = new ArrayList<>();
    counts.add(new int[2]);
    for (Token t : tokens) {
      if (t.newlineBefore()) {
        counts.add(new int[2]);
      }
      if (t.isWord() && !t.skippable() && t.surface().length() >= 4) {
        int[] c = counts.get(counts.size() - 1);
        c[0]++;
        c[1] += t.capitalized() ? 1 : 0;
      }
    }
    boolean[] out = new boolean[counts.size()];
    for (int i = 0; i < out.length; i++) {
      int[] c = counts.get(i);
      out[i] = c[0] >= 3 && c[1] * 100 >= c[0] * 85;
    }
    return out;
  }
}
