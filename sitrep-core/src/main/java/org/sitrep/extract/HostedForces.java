package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;

/**
 * "…the Harir Airbase, housing U.S. forces" or, next, "The bases host troops from the coalition":
 * whoever a struck base hosts is the side attacked. Immutable and thread-safe.
 */
final class HostedForces {
  private static final Pattern HOSTING =
      Pattern.compile(
          "(?i)\\b(host|hosts|hosted|hosting|house|houses|housing)\\b(\\s+\\w+){0,2}?\\s+(troops|forces|soldiers|personnel)?");

  /** Makes the forces a sentence says a base hosts the target of the recent strikes on it. */
  void apply(Sentence sentence, String text, List<ActorMention> local, DraftBook book) {
    var m = HOSTING.matcher(text);
    if (!m.find()) {
      return;
    }
    ActorMention hosted = null;
    for (ActorMention a : local) {
      if (a.span().begin() >= m.end() && a.span().begin() - m.end() < 40 && !a.modifier()) {
        hosted = a;
        break;
      }
    }
    if (hosted == null) {
      return;
    }
    for (Draft d : book.all()) {
      boolean recent = d.sentence == sentence.index() || d.sentence == sentence.index() - 1;
      if (recent
          && d.actor2 == null
          && Facilities.is(d.location)
          && !hosted.actor().ref().equals(d.actor1)) {
        d.actor2 = hosted.actor().ref();
      }
    }
  }
}
