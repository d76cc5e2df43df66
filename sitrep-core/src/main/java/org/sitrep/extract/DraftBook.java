package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;

/**
 * The reports of one document being assembled, in the order read, and the rules that merge a new
 * mention of an event into the report already holding it. Mutable; one per document being read.
 */
final class DraftBook {
  private final List<Draft> drafts = new ArrayList<>();

  /** The drafts so far, in order; a live read-only view. */
  List<Draft> all() {
    return Collections.unmodifiableList(drafts);
  }

  boolean isEmpty() {
    return drafts.isEmpty();
  }

  int size() {
    return drafts.size();
  }

  /** The draft read last; the book must not be empty. */
  Draft last() {
    return drafts.get(drafts.size() - 1);
  }

  /** The date of the event read last, or null before the first. */
  EventDate lastDate() {
    return drafts.isEmpty() ? null : last().date;
  }

  /** The last violent event read, or null. */
  Draft lastViolent() {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (Draft.violent(drafts.get(i).type)) {
        return drafts.get(i);
      }
    }
    return null;
  }

  /**
   * A mention of an event already read joins its report: a definite reference ("the explosions") or
   * an undated elaboration in the next sentences, of a compatible type, on a compatible date and at
   * the same place.
   *
   * @param targets the places the mention names
   * @param referring whether the mention refers back (it may then reach further back)
   * @param alsoClaimed whether the mention says the event's author claimed it too
   * @param locator the location a place gives an earlier draft that has none
   * @return whether it joined one
   */
  boolean mergeIntoEarlier(
      Draft d,
      List<PlaceMention> targets,
      boolean referring,
      boolean alsoClaimed,
      BiFunction<PlaceMention, Draft, Location> locator) {
    String place =
        targets.stream()
            .filter(p -> !p.countryOnly())
            .map(PlaceMention::name)
            .findFirst()
            .orElse(null);
    Draft nearest = null;
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft earlier = drafts.get(i);
      if (!Draft.compatible(earlier.type, d.type) || !sameDate(earlier.date, d.date)) {
        continue;
      }
      String earlierPlace = earlier.location == null ? null : earlier.location.name();
      if (place != null && place.equals(earlierPlace)) {
        merge(earlier, d, targets, alsoClaimed, locator);
        return true;
      }
      boolean near = d.paragraph - earlier.paragraph <= (referring ? 3 : 1);
      boolean noConflict = place == null || earlierPlace == null;
      if (nearest == null && near && noConflict && (referring || place == null)) {
        nearest = earlier;
      }
    }
    if (nearest != null) {
      merge(nearest, d, targets, alsoClaimed, locator);
      return true;
    }
    return false;
  }

  private static void merge(
      Draft earlier,
      Draft d,
      List<PlaceMention> targets,
      boolean alsoClaimed,
      BiFunction<PlaceMention, Draft, Location> locator) {
    if (earlier.location == null && !targets.isEmpty()) {
      earlier.location = locator.apply(targets.get(0), earlier);
    }
    // "X also declared responsibility": the event's own author claimed it too.
    if (alsoClaimed && earlier.actor1 != null && !earlier.claimedBy.contains(earlier.actor1)) {
      earlier.claimedBy.add(0, earlier.actor1);
    }
    earlier.absorb(d);
  }

  /** Two triggers of one sentence that code the same event at the same place are one report. */
  void addOrMerge(Draft d) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft other = drafts.get(i);
      boolean samePlace =
          other.location == null
              || d.location == null
              || Objects.equals(other.location.name(), d.location.name());
      boolean sameSentence =
          other.sentence == d.sentence
              && other.type == d.type
              && !(Facilities.is(other.location) && Facilities.is(d.location));
      boolean sameActors =
          d.actor1 != null
              && d.actor1.equals(other.actor1)
              && (d.actor2 == null || other.actor2 == null || d.actor2.equals(other.actor2))
              && (d.actor2 != null || other.type == d.type);
      boolean sameDate = sameDate(other.date, d.date);
      if (sameDate
          && (sameSentence || (samePlace && sameActors && Draft.compatible(other.type, d.type)))) {
        other.absorb(d);
        return;
      }
    }
    drafts.add(d);
  }

  /** One event per location per day: a strike on two bases is two reports, one at each. */
  void addAtEach(Draft d, List<Location> locations) {
    for (Location location : locations) {
      Draft copy = new Draft();
      copy.absorb(d);
      copy.type = d.type;
      copy.begin = d.begin;
      copy.end = d.end;
      copy.sentence = d.sentence;
      copy.paragraph = d.paragraph;
      copy.modality = d.modality;
      copy.location = location;
      drafts.add(copy);
    }
  }

  private static boolean sameDate(EventDate a, EventDate b) {
    return !a.known() || !b.known() || a.iso().startsWith(b.iso()) || b.iso().startsWith(a.iso());
  }
}
