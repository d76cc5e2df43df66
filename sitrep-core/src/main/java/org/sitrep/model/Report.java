package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One event as one document reports it: the unit extraction produces and fusion joins.
 *
 * @param id stable id: the document id and the report's ordinal in it
 * @param documentId the id of the document it was read from
 * @param evidence the sentence or sentences it was read from
 * @param span where {@code evidence} stands in the document's cleaned text
 * @param date when, with its precision
 * @param subEventType ACLED sub-event type (which implies the event type)
 * @param actor1 the initiator (attacker, striker, arresting side), or null
 * @param actor2 the target or other side, or null
 * @param assocActors actors associated with either side
 * @param location the place as named, or null
 * @param fatalities deaths reported, or null when the text gives none
 * @param injuries injuries reported, or null
 * @param claimedBy actors that claimed responsibility; every claimant kept
 * @param modality asserted, claimed or alleged
 * @param retaliationFor id of the report this one answers, or null
 * @param confidence 0 to 1
 */
public record Report(
    String id,
    String documentId,
    String evidence,
    Span span,
    EventDate date,
    SubEventType subEventType,
    ActorRef actor1,
    ActorRef actor2,
    List<ActorRef> assocActors,
    Location location,
    Count fatalities,
    Count injuries,
    List<ActorRef> claimedBy,
    Modality modality,
    String retaliationFor,
    double confidence)
    implements java.io.Serializable {
  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(modality, "modality");
    assocActors = List.copyOf(assocActors);
    claimedBy = List.copyOf(claimedBy);
  }

  /** The ACLED event type. */
  public EventType eventType() {
    return subEventType.type();
  }

  /** This report placed at {@code place}, every other field the same. */
  public Report withLocation(Location place) {
    return new Report(
        id,
        documentId,
        evidence,
        span,
        date,
        subEventType,
        actor1,
        actor2,
        assocActors,
        place,
        fatalities,
        injuries,
        claimedBy,
        modality,
        retaliationFor,
        confidence);
  }

  /** This report with its actors replaced, every other field the same. */
  public Report withActors(
      ActorRef initiator, ActorRef target, List<ActorRef> associated, List<ActorRef> claimants) {
    return new Report(
        id,
        documentId,
        evidence,
        span,
        date,
        subEventType,
        initiator,
        target,
        associated,
        location,
        fatalities,
        injuries,
        claimants,
        modality,
        retaliationFor,
        confidence);
  }

  /**
   * This report placed elsewhere in its document's numbering and text: another id, span and
   * retaliation link (as when a document read in windows is put back together), every other field
   * the same.
   */
  public Report renumbered(String newId, Span newSpan, String newRetaliationFor) {
    return new Report(
        newId,
        documentId,
        evidence,
        newSpan,
        date,
        subEventType,
        actor1,
        actor2,
        assocActors,
        location,
        fatalities,
        injuries,
        claimedBy,
        modality,
        newRetaliationFor,
        confidence);
  }

  /** This report with {@code text} as its evidence (empty where only its fields are needed). */
  public Report withEvidence(String text) {
    return new Report(
        id,
        documentId,
        text,
        span,
        date,
        subEventType,
        actor1,
        actor2,
        assocActors,
        location,
        fatalities,
        injuries,
        claimedBy,
        modality,
        retaliationFor,
        confidence);
  }
}
