package org.sitrep.network;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/** A fused event, the reports of several documents joined, as the network sees it. */
record FusedEvent(Event event, List<ActorRef> participants) implements NetworkEvent {
  @Override
  public String id() {
    return event.id();
  }

  @Override
  public EventDate date() {
    return event.date();
  }

  @Override
  public SubEventType subEventType() {
    return event.subEventType();
  }

  @Override
  public Optional<Location> location() {
    return Optional.ofNullable(event.location());
  }

  @Override
  public List<String> documentIds() {
    return event.documentIds();
  }
}
