package org.sitrep.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Modality;

/**
 * Modality: whether a trigger reports a real event (not a plan, negation, forecast, habit or a mere
 * reference back), and how the sentence frames it. Immutable and thread-safe.
 */
final class ModalityReader {
  /**
   * A trigger this close after "after", "for", "from"… is what another event answers, not an event.
   */
  private static final Pattern REFERENCE_BEFORE =
      Pattern.compile(
          "(?i).*\\b(after|before|since|following|for|from|of|about|regarding|comparing|like)\\s+"
              + "(the|this|that|their|its|his|her|these|those|such|previous|such a)?\\s*"
              + "([\\p{L}’'-]+\\s+){0,2}$");

  /** "No group claimed the attack", "has yet to claim": a claim denied is no claim. */
  private static final Pattern NO_CLAIM =
      Pattern.compile(
          "(?i)\\b(?:no (?:one|group|organi[sz]ation)|nobody|none|not|never|yet to)\\b[^.;,]{0,30}?"
              + "\\b(?:claim(?:ed|ing|s)?|took responsibility|taken responsibility)\\b");

  /** "The death toll from (the) …" right before a trigger. */
  private static final Pattern TOLL_FROM =
      Pattern.compile("(?i)\\btoll\\s+(?:from|of|in)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");

  private static final Pattern DEFINITE_BEFORE =
      Pattern.compile(".*\\b(?i:the|this|that|these|those)\\s+([a-z][\\p{L}-]*\\s+){0,2}$");

  private static final Pattern RETALIATION_LEAD =
      Pattern.compile(
          "(?i)^\\W*(in retribution|in retaliation|in revenge)\\b[^,]{0,15},|\\b(avenged|retaliated)\\b");

  private static final Pattern OTHERS_ALLEGED =
      Pattern.compile("(?i)\\b(their|its|his|her|the)\\s+alleged\\s+\\w+");

  /** "the Jan. 3 attack": a reference to an event that dates it in the phrase itself. */
  private static final Pattern DATED_REFERENCE = Pattern.compile("(?i)^(the|that) \\S+\\.? \\d");

  private static final int CUE_WINDOW = 90;

  private final CueLexicon cues;

  ModalityReader(CueLexicon cues) {
    this.cues = cues;
  }

  /**
   * How the sentence frames the event of {@code clause}; empty when it reports none: unreal,
   * generic, or a reference back that claims nothing.
   *
   * @param text the sentence, quotes blanked
   * @param noteEvent whether the document is a short note the classifier took as a whole for an
   *     event: there "after being raped" is the event itself, not a reference back
   */
  Optional<Framing> frame(String text, Clause clause, SentenceDates dates, boolean noteEvent) {
    TriggerMatch t = clause.trigger();
    String before = text.substring(Math.max(clause.begin(), t.begin() - CUE_WINDOW), t.begin());
    String wholeBefore = text.substring(Math.max(0, t.begin() - CUE_WINDOW), t.begin());
    if (cues.has(Cue.UNREAL, before)
        || cues.has(Cue.GENERIC, wholeBefore)
        || cues.has(Cue.UNREAL_AFTER, text.substring(t.end()))) {
      return Optional.empty();
    }
    String near = text.substring(Math.max(0, t.begin() - 40), t.begin());
    // "On January 4, a day after the explosions": a new event, dated from the day named.
    boolean shifted =
        EventDating.shiftBefore(text, t.begin()) && dates.hasAbsoluteBefore(t.begin());
    // "The death toll from the bombing rose to 170": an update is a report of the event itself.
    boolean tollUpdate = TOLL_FROM.matcher(near).find();
    boolean reference =
        !shifted && !tollUpdate && !noteEvent && REFERENCE_BEFORE.matcher(near).matches();
    boolean definite =
        !shifted
            && (t.phrase().matches("(?i)^(the|this|that)\\b.*")
                || (DEFINITE_BEFORE.matcher(near).matches()
                    && !t.phrase().matches("(?i)^\\w+ed\\b.*")));
    boolean claim = cues.has(Cue.CLAIM, text) && !NO_CLAIM.matcher(text).find();
    if (reference && !claim) {
      return Optional.empty();
    }
    // "in revenge for their alleged attacks" doubts the other event, not this one.
    Modality modality =
        cues.has(Cue.ALLEGED, OTHERS_ALLEGED.matcher(text).replaceAll(" "))
            ? Modality.ALLEGED
            : Modality.ASSERTED;
    boolean alsoClaimed = claim && text.matches("(?is).*\\balso\\s+(claimed|declared|took)\\b.*");
    boolean retaliation = RETALIATION_LEAD.matcher(text.substring(0, t.end())).find();
    boolean datedReference = DATED_REFERENCE.matcher(t.phrase()).find();
    return Optional.of(
        new Framing(
            reference, definite, datedReference, claim, alsoClaimed, retaliation, modality));
  }
}
