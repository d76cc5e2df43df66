package org.sitrep.export;

import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** What one report says of one field of its event, readably, for showing disagreements. */
public final class EventFieldValues {
  private EventFieldValues() {}

  /** The report's value of {@code field} as text, or null when it gives none. */
  public static String of(Event.Field field, Report r) {
    return switch (field) {
      case DATE -> r.date().iso();
      case SUB_EVENT_TYPE -> r.subEventType().label();
      case ACTOR1 -> name(r.actor1());
      case ACTOR2 -> name(r.actor2());
      case LOCATION ->
          r.location() == null
              ? null
              : r.location().name()
                  + (r.location().country() == null ? "" : ", " + r.location().country());
      case FATALITIES ->
          r.fatalities() == null
              ? null
              : (r.fatalities().qualifier() == org.sitrep.model.Count.Qualifier.AT_LEAST
                      ? "at least "
                      : r.fatalities().qualifier() == org.sitrep.model.Count.Qualifier.ABOUT
                          ? "about "
                          : "")
                  + r.fatalities().value();
      case CLAIMS ->
          r.claimedBy().isEmpty()
              ? null
              : String.join("; ", r.claimedBy().stream().map(ActorRef::name).toList());
    };
  }

  private static String name(ActorRef ref) {
    return ref == null ? null : ref.name();
  }
}
