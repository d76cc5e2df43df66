package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.EventDate;

/**
 * The dates a sentence names and what each resolves to.
 *
 * @param mentions the date expressions, offsets into the sentence, in order
 * @param resolved one per mention, in the same order
 * @param year the year the sentence names first, or null
 */
record SentenceDates(List<DateMention> mentions, List<EventDate> resolved, Integer year) {
  SentenceDates {
    mentions = List.copyOf(mentions);
    resolved = List.copyOf(resolved);
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
