package org.sitrep.extract;

import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;

/**
 * What the sentences read so far of one document have established, for later sentences to lean on:
 * the year and date in force, the last actors and country named, an event held back until a later
 * sentence anchors it. Mutable; one per document being read, never shared.
 */
final class Discourse {
  private int paragraph = -1;
  private Integer paragraphYear;
  private EventDate lastDate;
  private EventDate standingDate;
  private ActorRef lastActor1;
  private int lastActor1Paragraph = -1;
  private ActorRef sentenceActor1;
  private ActorRef lastGroup;
  private int lastGroupParagraph = -1;
  private String lastCountry;
  private int lastCountryParagraph = -1;
  private Draft pending;

  /** Starts a sentence: a new paragraph forgets the year the last one named. */
  void startSentence(int sentenceParagraph) {
    if (sentenceParagraph != paragraph) {
      paragraph = sentenceParagraph;
      paragraphYear = null;
      standingDate = null;
    }
    sentenceActor1 = null;
  }

  /** Ends a sentence that named {@code lastAbsolute} last and {@code year} first (either null). */
  void endSentence(EventDate lastAbsolute, Integer year) {
    if (lastAbsolute != null) {
      lastDate = lastAbsolute;
    }
    if (year != null) {
      paragraphYear = year;
    }
  }

  /** A date-only sentence's day: it dates the undated events after it in its paragraph. */
  void standingDate(EventDate date) {
    standingDate = date;
  }

  EventDate standingDate() {
    return standingDate;
  }

  Integer paragraphYear() {
    return paragraphYear;
  }

  EventDate lastDate() {
    return lastDate;
  }

  /** The initiator of the last event read that had one, and its paragraph. */
  void actor1(ActorRef actor1, int inParagraph) {
    lastActor1 = actor1;
    lastActor1Paragraph = inParagraph;
    sentenceActor1 = actor1;
  }

  ActorRef lastActor1() {
    return lastActor1;
  }

  int lastActor1Paragraph() {
    return lastActor1Paragraph;
  }

  /** The initiator of an earlier event of the sentence being read, or null. */
  ActorRef sentenceActor1() {
    return sentenceActor1;
  }

  /** An armed group (rebels, militia) named outright. */
  void group(ActorRef group, int inParagraph) {
    lastGroup = group;
    lastGroupParagraph = inParagraph;
  }

  ActorRef lastGroup() {
    return lastGroup;
  }

  int lastGroupParagraph() {
    return lastGroupParagraph;
  }

  /** A state named as a place (ISO code). */
  void country(String code, int inParagraph) {
    lastCountry = code;
    lastCountryParagraph = inParagraph;
  }

  String lastCountry() {
    return lastCountry;
  }

  int lastCountryParagraph() {
    return lastCountryParagraph;
  }

  /** An event with an actor but no date, toll or place yet, or null. */
  Draft pending() {
    return pending;
  }

  void pending(Draft draft) {
    pending = draft;
  }
}
