package org.sitrep.extract.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.SitrepException;
import org.sitrep.lexicon.DataLines;

/**
 * The cheap, high-recall filter in front of the event classifier: whether a sentence has a word
 * that begins like one of the cues in {@code event-cues.txt}. Immutable and thread-safe.
 */
public final class EventCues {
  private final Pattern pattern;
  private final int size;

  /** A filter over the given word beginnings. */
  public EventCues(List<String> prefixes) {
    if (prefixes.isEmpty()) {
      throw new SitrepException("the event cues are empty");
    }
    StringBuilder regex = new StringBuilder("\\b(?:");
    for (int i = 0; i < prefixes.size(); i++) {
      regex
          .append(i == 0 ? "" : "|")
          .append(Pattern.quote(prefixes.get(i).toLowerCase(Locale.ROOT)));
    }
    this.pattern =
        Pattern.compile(
            regex.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.size = prefixes.size();
  }

  /** The bundled cues. */
  public static EventCues bundled() {
    return new EventCues(
        DataLines.read(EventCues.class, "event-cues.txt").stream()
            .map(DataLines.Line::text)
            .distinct()
            .toList());
  }

  /** Whether {@code sentence} may report an event and is worth the classifier's time. */
  public boolean plausible(String sentence) {
    return pattern.matcher(sentence).find();
  }

  /** The number of cues. */
  public int size() {
    return size;
  }
}
