package org.sitrep.lexicon;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News datelines opening a paragraph: a place in capitals, maybe a date and an agency, a dash
 * ("KABUL —", "BEIRUT, July 31 (Reuters) -"). They say where and when a story was filed, not where
 * or when its events happened. Stateless and thread-safe.
 */
public final class Datelines {
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}\\s.'’-]+(?:,\\s*([^—–\\n()]{0,30}?))?\\s*(?:\\([^)]{0,30}\\)\\s*)?"
              + "[—–-]{1,2}\\s");

  private Datelines() {}

  /** Where the dateline opening {@code text} ends; 0 when it opens with none. */
  public static int end(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  /** The date part of the dateline opening {@code text} ("Aug. 27, 2021"), if it has one. */
  public static Optional<String> date(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.lookingAt() && m.group(1) != null && !m.group(1).isBlank()
        ? Optional.of(m.group(1))
        : Optional.empty();
  }
}
