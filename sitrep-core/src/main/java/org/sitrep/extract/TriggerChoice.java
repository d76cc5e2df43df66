package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.detect.Detection;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Decides a sentence's event mentions from the trigger lexicon's matches and the classifier's
 * detection, as the chosen {@link Detector} says. Immutable and thread-safe.
 *
 * @param detector who decides
 * @param minimumScore the classifier's probability of its type needed to add or retype an event
 * @param vetoScore the classifier's probability of "no event" needed to drop the lexicon's triggers
 *     (combined detector)
 */
record TriggerChoice(Detector detector, double minimumScore, double vetoScore) {

  /**
   * The triggers of {@code sentence}, offsets into its text, in order.
   *
   * @param lexicon what the trigger lexicon matched
   * @param detection what the classifier said of the sentence
   */
  List<TriggerMatch> choose(Sentence sentence, List<TriggerMatch> lexicon, Detection detection) {
    return choose(sentence, lexicon, detection, false);
  }

  /**
   * As {@link #choose(Sentence, List, Detection)}; in a short note ({@code note}) the classifier's
   * best type stands whenever it takes the text for some event, however the probability is spread
   * over the types.
   */
  List<TriggerMatch> choose(
      Sentence sentence, List<TriggerMatch> lexicon, Detection detection, boolean note) {
    return switch (detector) {
      case RULES -> lexicon;
      case MODEL -> detection.reportsEvent() ? modelled(sentence, lexicon, detection) : List.of();
      case COMBINED -> combined(sentence, lexicon, detection, note);
    };
  }

  /**
   * Whether the classifier is sure enough that a sentence reports no event to overrule the lexicon:
   * a claim, a denial or a plan names its event with the same words as a report does. A sentence
   * the cue filter turned away was never classified (its event score is 0).
   */
  boolean vetoes(Detection detection) {
    return !detection.reportsEvent()
        && detection.eventScore() > 0
        && detection.score() >= vetoScore;
  }

  /** Whether the classifier, not the lexicon alone, takes the sentence for some event. */
  boolean seesEvent(Detection detection) {
    return detector != Detector.RULES && detection.eventScore() >= minimumScore;
  }

  /** Whether the classifier vouches for the sentence as a report of a real, concrete event. */
  boolean vouches(Detection detection) {
    return detector != Detector.RULES
        && detection.reportsEvent()
        && detection.score() >= minimumScore;
  }

  private List<TriggerMatch> combined(
      Sentence sentence, List<TriggerMatch> lexicon, Detection detection, boolean note) {
    if (vetoes(detection)) {
      return List.of();
    }
    boolean trusted =
        vouches(detection) || (note && detection.reportsEvent() && seesEvent(detection));
    if (!trusted) {
      return lexicon;
    }
    SubEventType type = detection.type().orElseThrow();
    if (lexicon.isEmpty()) {
      return List.of(anchor(sentence, type));
    }
    if (lexicon.stream().anyMatch(t -> t.type() == type)) {
      return lexicon;
    }
    // The classifier, reading the whole sentence, types its main event ("attacked" is a clash
    // when both sides are armed, a takeover when the town fell); further events the lexicon saw
    // stay as it coded them.
    List<TriggerMatch> out = new ArrayList<>(lexicon);
    out.set(0, retyped(out.get(0), type));
    return out;
  }

  private List<TriggerMatch> modelled(
      Sentence sentence, List<TriggerMatch> lexicon, Detection detection) {
    SubEventType type = detection.type().orElseThrow();
    for (TriggerMatch t : lexicon) {
      if (t.type() == type) {
        return List.of(t);
      }
    }
    if (!lexicon.isEmpty()) {
      return List.of(retyped(lexicon.get(0), type));
    }
    return List.of(anchor(sentence, type));
  }

  private static TriggerMatch retyped(TriggerMatch t, SubEventType type) {
    return new TriggerMatch(t.begin(), t.end(), t.phrase(), type);
  }

  /**
   * Where a sentence the lexicon has no trigger for names its event: its first verb in the past
   * tense or participle (the predicate of most reports), else its first verb, else its first word.
   */
  static TriggerMatch anchor(Sentence sentence, SubEventType type) {
    int base = sentence.span().begin();
    Token verb = null;
    for (Token t : sentence.tokens()) {
      String pos = t.pos();
      if (pos != null && (pos.equals("VBD") || pos.equals("VBN") || pos.equals("VBZ"))) {
        verb = t;
        break;
      }
      if (verb == null && pos != null && pos.startsWith("VB")) {
        verb = t;
      }
    }
    Token at = verb != null ? verb : sentence.tokens().isEmpty() ? null : sentence.tokens().get(0);
    if (at == null) {
      return new TriggerMatch(0, 0, "", type);
    }
    int begin = Math.max(0, at.span().begin() - base);
    int end = Math.min(sentence.text().length(), at.span().end() - base);
    return new TriggerMatch(begin, end, sentence.text().substring(begin, end), type);
  }
}
