package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * The dates a sentence names and what each resolves to.
 *
 * @param mentions the date expressions, offsets into the sentence, in order
 * @param resolved one per mention, in the same order
 * @param year the year the sentence names first, or null
 * @param standing the date a date-only sentence before it set in its paragraph ("12 March 2019."
 *     heading a note), for events the sentence does not date itself; or null
 */
record SentenceDates(
    List<DateMention> mentions, List<EventDate> resolved, Integer year, EventDate standing) {
  /** Words that may lead a date standing alone: "As reported on 3 May 2021." */
  private static final Pattern DATE_ONLY_WORDS =
      Pattern.compile("(?i)(as reported|reported|on or about|on|around|about|date|dated|by|in)");

  SentenceDates {
    mentions = List.copyOf(mentions);
    resolved = List.copyOf(resolved);
  }

  SentenceDates(List<DateMention> mentions, List<EventDate> resolved, Integer year) {
    this(mentions, resolved, year, null);
  }

  /**
   * The day a sentence that says nothing but a date gives ("12 March 2019.", "As reported on 3 May
   * 2021:"), or null: a note's heading that dates the events after it.
   */
  EventDate dateOnly(String text) {
    if (mentions.size() != 1
        || !mentions.get(0).absolute()
        || !resolved.get(0).known()
        || resolved.get(0).precision() != DatePrecision.DAY) {
      return null;
    }
    String rest =
        text.substring(0, mentions.get(0).begin()) + " " + text.substring(mentions.get(0).end());
    rest = DATE_ONLY_WORDS.matcher(rest).replaceAll(" ");
    return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? null : resolved.get(0);
  }

  /** Whether an absolute, known date ends at or before {@code offset}. */
  boolean hasAbsoluteBefore(int offset) {
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).absolute()
          && resolved.get(i).known()
          && mentions.get(i).end() <= offset) {
        return true;
      }
    }
    return false;
  }

  /** The last absolute, known date of the sentence, or null: what later sentences count from. */
  EventDate lastAbsolute() {
    EventDate last = null;
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).absolute() && resolved.get(i).known()) {
        last = resolved.get(i);
      }
    }
    return last;
  }
}
