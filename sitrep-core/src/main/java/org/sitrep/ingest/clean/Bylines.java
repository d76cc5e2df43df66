package org.sitrep.ingest.clean;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;

/**
 * Reads the author's name from a byline: "by Rachel", "By Anas al-Bar |", "An article by Mehdi
 * Beigi@ Radio Farda", "Written by A and B", "Author: Jane Doe".
 */
final class Bylines {
  private static final int MAX_BYLINE_WORDS = 12;

  /** A name word: capitalised, or a lower-case particle of Arabic, Dutch, French... names. */
  private static final String NAME_WORD =
      "(?:(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|bint|abu|abd|de|da|di|del|della|dos|du|van|von"
          + "|der|den|le|la|ul|ud)[- ])?\\p{Lu}[\\p{L}\\p{M}'’.]*(?:-\\p{L}[\\p{L}\\p{M}'’.]*)*";

  private static final String NAME = NAME_WORD + "(?: " + NAME_WORD + "){0,4}";

  /** "A", "A and B", "A, B and C": a comma alone may precede an outlet ("By A, Reuters"). */
  private static final String NAMES = NAME + "(?:(?:, " + NAME + ")*,? (?:and|&) " + NAME + ")?";

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?i:an?|the)\\s+)?(?:(?i:article|story|report|column|analysis|opinion|essay|post"
              + "|words|text|photos?)\\s+)?(?:(?i:written|posted|reported|compiled|edited)\\s+)?"
              + "(?i:by)\\s*:?\\s+(?<names>"
              + NAMES
              + ")(?<rest>.*)$");
  private static final Pattern LABELLED =
      Pattern.compile("^(?i:authors?|writer|byline)\\s*:\\s*(?<names>" + NAME + ")(?<rest>.*)$");
  private static final Pattern REST =
      Pattern.compile("^(?:\\s*(?:[|@,/•·–—-]|\\b(?i:for|at|in|on|of|from)\\b).*)?$");

  /** Capitalised words after "By" that are not names (months and weekdays are checked apart). */
  private static final Set<String> NOT_NAMES =
      Set.of("The", "This", "Then", "Now", "Staff", "Our", "Admin");

  private Bylines() {}

  /** The author named by {@code block} when the whole block is a byline. */
  static Optional<String> author(String block) {
    int words = Blocks.words(block);
    // "By John Smith Jr." may end in a period; a sentence that begins with "By" is longer.
    if (words > MAX_BYLINE_WORDS || (Blocks.endsLikeSentence(block) && words > 5)) {
      return Optional.empty();
    }
    for (Pattern pattern : new Pattern[] {BYLINE, LABELLED}) {
      Matcher m = pattern.matcher(block.strip());
      if (m.matches() && REST.matcher(m.group("rest")).matches()) {
        String names = m.group("names").strip();
        String first = names.split("[ ,]")[0];
        if (!NOT_NAMES.contains(first) && !NumberWords.isCalendarWord(first)) {
          return Optional.of(names);
        }
      }
    }
    return Optional.empty();
  }
}
