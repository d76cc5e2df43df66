package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;

/**
 * Turns one trigger and its clause into a draft report from what the stages read (framing, date,
 * casualties, claimant, roles, places) and files it: into an earlier report of the same event, as a
 * new report, or held back until a later sentence anchors it. Immutable and thread-safe.
 */
final class EventAssembler {
  private final TriggerChoice choice;
  private final ModalityReader modality;
  private final EventDating dating;
  private final CasualtyReader casualties;
  private final ClaimantFinder claimants;
  private final RoleFinder roles;
  private final EventPlaces places;

  EventAssembler(
      TriggerChoice choice,
      ModalityReader modality,
      EventDating dating,
      CasualtyReader casualties,
      ClaimantFinder claimants,
      RoleFinder roles,
      EventPlaces places) {
    this.choice = choice;
    this.modality = modality;
    this.dating = dating;
    this.casualties = casualties;
    this.claimants = claimants;
    this.roles = roles;
    this.places = places;
  }

  /** Reads the event of {@code clause} in {@code view} into {@code book}, if it reports one. */
  void assemble(
      SentenceView view, Clause clause, DocumentScope scope, Discourse discourse, DraftBook book) {
    String text = view.text();
    TriggerMatch t = clause.trigger();
    // In a short note the classifier took as a whole for an event, "after being raped" is the
    // event itself, not a reference back to one told before.
    boolean noteEvent = scope.shortDocument() && choice.vouches(view.detection());
    Optional<Framing> framed = modality.frame(text, clause, view.dates(), noteEvent);
    if (framed.isEmpty()) {
      return;
    }
    Framing frame = framed.get();
    Draft d = new Draft();
    d.begin = view.sentence().span().begin();
    d.end = view.sentence().span().end();
    d.type = t.type();
    d.sentence = view.index();
    d.paragraph = view.paragraph();
    d.date = dating.dateOf(text, clause, view.dates());
    String clauseText = text.substring(clause.begin(), clause.end());
    d.fatalities = casualties.deaths(clauseText, view.actors(), clause.begin());
    d.injuries = casualties.injuries(clauseText);
    d.modality = frame.modality();
    if (frame.claim()) {
      claimants.claimant(text, view.actors(), discourse.lastActor1()).ifPresent(d.claimedBy::add);
    }
    Roles found = roles.roles(view, clause, d.type, d.claimedBy, discourse);
    d.actor1 = found.actor1();
    d.actor2 = found.actor2();
    d.weakActors = found.weak();
    if (frame.retaliation() && !book.isEmpty()) {
      d.retaliationFor = book.lastViolent();
    }
    List<PlaceMention> targets = places.targets(view, clause, frame.datedReference());
    if (d.actor2 == null) {
      d.actor2 = roles.civilians(clauseText, targets);
    }
    boolean anchored =
        d.date.known()
            || d.fatalities != null
            || !d.claimedBy.isEmpty()
            || d.retaliationFor != null
            || (targets.stream().anyMatch(p -> !p.countryOnly()) && !generic(t))
            || choice.vouches(view.detection())
            || (scope.shortDocument() && choice.seesEvent(view.detection()));
    if (merged(d, frame, targets, scope, discourse, book)) {
      return;
    }
    if (!anchored) {
      if (Draft.violent(d.type) && d.actor1 != null && !d.weakActors) {
        discourse.pending(d);
      }
      return;
    }
    Draft pending = discourse.pending();
    if (pending != null
        && Draft.violent(d.type)
        && d.paragraph - pending.paragraph <= 1
        && (d.actor1 == null || d.weakActors)) {
      // "Hamas launched an operation against X. The confrontation culminated in a battle…"
      d.actor1 = pending.actor1;
      d.actor2 = pending.actor2 != null ? pending.actor2 : d.actor2;
      d.weakActors = false;
    }
    discourse.pending(null);
    if (d.actor1 != null) {
      discourse.actor1(d.actor1, view.paragraph());
    }
    if (frame.datedReference() && targets.isEmpty()) {
      // "The Jan. 3 attack" names an event told elsewhere: the sentence's countries are not its.
      book.addOrMerge(d);
      return;
    }
    List<PlaceMention> facilities = EventPlaces.facilities(targets);
    if (facilities.size() <= 1) {
      d.location = places.main(d, targets, view.actors(), scope, discourse);
      book.addOrMerge(d);
    } else {
      // One event per location per day: a strike on two bases is two events.
      List<Location> sites =
          facilities.stream().map(p -> places.locate(p, d, scope, discourse)).toList();
      book.addAtEach(d, sites);
    }
  }

  /**
   * Whether the draft joined an earlier report: a reference ("claimed responsibility for the
   * explosions"), or an undated mention, of an event read before.
   */
  private boolean merged(
      Draft d,
      Framing frame,
      List<PlaceMention> targets,
      DocumentScope scope,
      Discourse discourse,
      DraftBook book) {
    boolean also = frame.alsoClaimed();
    if ((frame.definite() || frame.reference()) && !frame.datedReference()) {
      // A reference may be dated by the claim: it joins whatever date its event had.
      EventDate own = d.date;
      d.date = EventDate.UNKNOWN;
      if (book.mergeIntoEarlier(
          d, targets, true, also, (p, earlier) -> places.locate(p, earlier, scope, discourse))) {
        return true;
      }
      d.date = own;
      return false;
    }
    return !d.date.known()
        && book.mergeIntoEarlier(
            d, targets, false, also, (p, earlier) -> places.locate(p, earlier, scope, discourse));
  }

  /** "attacks on bases" in general; a named place alone does not make it one incident. */
  private static boolean generic(TriggerMatch t) {
    return t.phrase().matches("(?i)^(attacks|strikes|bombings|clashes)\\b.*");
  }
}
