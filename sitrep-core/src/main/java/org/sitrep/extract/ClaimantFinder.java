package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.ActorRef;

/** Who claimed an event: the agent of the claim cue, else its subject. Immutable, thread-safe. */
final class ClaimantFinder {
  private final CueLexicon cues;

  ClaimantFinder(CueLexicon cues) {
    this.cues = cues;
  }

  /**
   * The claimant in a sentence that holds a claim cue.
   *
   * @param lastActor1 the last initiator read, who claims when the sentence names no one
   */
  Optional<ActorRef> claimant(String text, List<ActorMention> local, ActorRef lastActor1) {
    int[] cue = cues.first(Cue.CLAIM, text).orElseThrow();
    String tail = text.substring(cue[1], Math.min(text.length(), cue[1] + 40));
    // "was declared by ISKP": the cue itself ends in "by".
    String lead =
        text.substring(cue[0], cue[1]).matches("(?is).*\\bby$")
            ? "(?is)(.*\\bby)?\\s+(the\\s+)?$"
            : "(?is).*\\bby\\s+(the\\s+)?$";
    for (ActorMention a : local) {
      if (a.span().begin() >= cue[1]
          && a.span().begin() - cue[1] < tail.length()
          && tail.substring(0, a.span().begin() - cue[1]).matches(lead)) {
        return Optional.of(a.actor().ref());
      }
    }
    ActorMention subject = null;
    for (ActorMention a : local) {
      if (a.span().end() <= cue[0] && !a.modifier()) {
        subject = a;
      }
    }
    if (subject != null) {
      return Optional.of(subject.actor().ref());
    }
    return Optional.ofNullable(lastActor1);
  }
}
