package org.sitrep.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which events an analyst asks for; every criterion left null (or {@code minSources} 1) lets all
 * events through. Immutable and thread-safe.
 *
 * @param from only events that may have happened on or after this day, or null
 * @param to only events that may have happened on or before this day, or null
 * @param country only events in this country (its name, any case), or null
 * @param actor only events with this actor as actor1, actor2 or claimant: its id, or a part of its
 *     name (any case); or null
 * @param type only events of this ACLED event type or sub-event type (any case), or null
 * @param minSources only events reported by at least this many documents
 */
public record EventFilter(
    LocalDate from, LocalDate to, String country, String actor, String type, int minSources)
    implements Predicate<Event> {
  /** Everything passes. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, 1);

  /**
   * Whether {@code e} passes. A date range excludes events without a date or without a year; a
   * month or a year passes when any of its days is in the range.
   */
  @Override
  public boolean test(Event e) {
    if (e.sources() < minSources) {
      return false;
    }
    if ((from != null || to != null) && !inRange(e.date().iso())) {
      return false;
    }
    if (country != null
        && (e.location() == null
            || e.location().country() == null
            || !e.location().country().equalsIgnoreCase(country.strip()))) {
      return false;
    }
    if (type != null
        && !e.eventType().label().equalsIgnoreCase(type.strip())
        && !e.subEventType().label().equalsIgnoreCase(type.strip())) {
      return false;
    }
    if (actor != null) {
      String wanted = actor.strip().toLowerCase(Locale.ROOT);
      return names(e.actor1(), wanted)
          || names(e.actor2(), wanted)
          || e.claims().stream().anyMatch(c -> names(c.actor(), wanted));
    }
    return true;
  }

  private boolean inRange(String date) {
    if (date == null || date.startsWith("--")) {
      return false;
    }
    String first = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    String last = date.length() == 4 ? date + "-12-31" : date.length() == 7 ? date + "-31" : date;
    return (from == null || last.compareTo(from.toString()) >= 0)
        && (to == null || first.compareTo(to.toString()) <= 0);
  }

  private static boolean names(ActorRef ref, String wanted) {
    return ref != null
        && (ref.id().toLowerCase(Locale.ROOT).equals(wanted)
            || ref.name().toLowerCase(Locale.ROOT).contains(wanted));
  }
}
