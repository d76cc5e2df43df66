package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;

/** A report being assembled while a document is read; becomes an immutable Report at the end. */
final class Draft {
  int begin;
  int end;
  SubEventType type;
  EventDate date = EventDate.UNKNOWN;
  ActorRef actor1;
  ActorRef actor2;
  Location location;
  Count fatalities;
  Count injuries;
  final List<ActorRef> claimedBy = new ArrayList<>();
  Modality modality = Modality.ASSERTED;
  Draft retaliationFor;
  int sentence;

  /** Whether the actors came from context ("the group" earlier) rather than the sentence. */
  boolean weakActors;

  int paragraph;
  String id;

  /** Fills what this draft lacks from another report of the same event. */
  void absorb(Draft other) {
    if (specificity(other.type) > specificity(type)) {
      type = other.type;
    }
    date = date.known() ? date : other.date;
    actor1 = actor1 != null ? actor1 : other.actor1;
    actor2 = actor2 != null ? actor2 : other.actor2;
    boolean named = location != null && location.name() != null;
    // A place the other mention names beats a country this one only guessed ("a suicide bomber
    // ... blew himself up at the airport in Kabul": the bomber's clause names no place).
    boolean moreSpecific =
        named
            && countryOnly(location)
            && other.location != null
            && other.location.name() != null
            && !countryOnly(other.location);
    location = named && !moreSpecific ? location : other.location;
    // A minimum ("killing a number of them", "at least 3") gives way to a larger figure told of
    // the same event: the later, counted toll is the better statement of it.
    boolean counted =
        other.fatalities != null
            && (fatalities == null
                || (fatalities.qualifier() == Count.Qualifier.AT_LEAST
                    && other.fatalities.value() > fatalities.value()));
    if (counted) {
      // The sentence that gives the toll is the event's main statement.
      begin = other.begin;
      end = other.end;
      fatalities = other.fatalities;
    }
    injuries = injuries != null ? injuries : other.injuries;
    for (ActorRef claimant : other.claimedBy) {
      if (!claimedBy.contains(claimant)) {
        claimedBy.add(claimant);
      }
    }
    retaliationFor = retaliationFor != null ? retaliationFor : other.retaliationFor;
  }

  private static boolean countryOnly(org.sitrep.model.Location l) {
    return l.name().equals(l.country());
  }

  /** Whether two sub-types can describe one incident (an "attack" later called "explosions"). */
  static boolean compatible(SubEventType a, SubEventType b) {
    return a == b || (violent(a) && violent(b));
  }

  static boolean violent(SubEventType t) {
    return switch (t.type()) {
      case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> true;
      default -> false;
    };
  }

  /** The generic "attack" says least; a weapon or a clash says more. */
  private static int specificity(SubEventType t) {
    return t == SubEventType.ATTACK ? 0 : t == SubEventType.REMOTE_EXPLOSIVE ? 1 : 2;
  }
}
