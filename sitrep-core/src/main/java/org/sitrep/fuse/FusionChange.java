package org.sitrep.fuse;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.FusionStamp;

/**
 * What a fusion run changes in a set of events: events to drop, then events to write (an event both
 * dropped and written is replaced).
 *
 * @param removedEventIds ids of earlier events that no longer stand as they were, sorted
 * @param events the new or changed events, sorted by id
 * @param stamps for every report of {@code events}, what fusion records about it
 */
public record FusionChange(
    List<String> removedEventIds, List<Event> events, Map<String, FusionStamp> stamps) {
  public FusionChange {
    removedEventIds = List.copyOf(removedEventIds);
    events = List.copyOf(events);
    stamps = Map.copyOf(stamps);
  }

  /** Whether nothing changes. */
  public boolean isEmpty() {
    return removedEventIds.isEmpty() && events.isEmpty();
  }
}
