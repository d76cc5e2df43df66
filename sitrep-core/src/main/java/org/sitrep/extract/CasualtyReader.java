package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Count;
import org.sitrep.nlp.Sentence;

/**
 * Casualties: the dead and injured of an event, from its clause, from a later sentence that only
 * gives the toll, and ACLED's figure for a vague toll. Immutable and thread-safe.
 */
final class CasualtyReader {
  /** "X died", "was killed": a person named before is a victim. */
  static final Pattern PERSON_DIED =
      Pattern.compile("(?i)\\b(died|was killed|were killed|was assassinated)\\b");

  private final Casualties casualties = new Casualties();

  /**
   * The dead of the event of a clause; a named person who "died" counts at least one.
   *
   * @param clause the clause's text
   * @param local the sentence's actors, offsets into the sentence
   * @param clauseStart where the clause starts in the sentence
   */
  Count deaths(String clause, List<ActorMention> local, int clauseStart) {
    return casualties.deaths(clause).orElse(personDied(clause, local, clauseStart));
  }

  /** The injured of the event of a clause, or null. */
  Count injuries(String clause) {
    return casualties.injuries(clause).orElse(null);
  }

  /** ACLED's figure for a vague toll ("several were killed") in an event's evidence, or null. */
  Count vagueDeaths(String evidence) {
    return casualties.vagueDeaths(evidence).orElse(null);
  }

  /**
   * A sentence that reports no event of its own but a toll ("2 soldiers were killed and 4 others
   * were injured.", "Fatalities coded as 3.") gives the toll of the event just told in its
   * paragraph; a coder's statement of the count overrides the one read before.
   */
  void tollOfLastEvent(DraftBook book, Sentence sentence, String text) {
    if (book.isEmpty()) {
      return;
    }
    Draft last = book.last();
    if (last.paragraph != sentence.paragraph() || sentence.index() - last.sentence > 3) {
      return;
    }
    Optional<Count> coded = casualties.coded(text);
    if (coded.isPresent()) {
      last.fatalities = coded.get();
    } else if (last.fatalities == null) {
      last.fatalities = casualties.deaths(text).orElse(null);
    }
    if (last.injuries == null) {
      last.injuries = casualties.injuries(text).orElse(null);
    }
  }

  private static Count personDied(String clause, List<ActorMention> local, int clauseStart) {
    var died = PERSON_DIED.matcher(clause);
    if (!died.find()) {
      return null;
    }
    for (ActorMention a : local) {
      if (a.actor().kind() == ActorKind.PERSON
          && a.span().begin() >= clauseStart - 80
          && a.span().end() <= clauseStart + died.start()) {
        return new Count(1, Count.Qualifier.AT_LEAST);
      }
    }
    return null;
  }
}
