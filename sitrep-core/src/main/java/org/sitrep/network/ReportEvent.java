package org.sitrep.network;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/** A report standing for its own event until fusion joins reports. */
record ReportEvent(Report report, List<ActorRef> participants) implements NetworkEvent {
  @Override
  public String id() {
    return report.id();
  }

  @Override
  public EventDate date() {
    return report.date();
  }

  @Override
  public SubEventType subEventType() {
    return report.subEventType();
  }

  @Override
  public Optional<Location> location() {
    return Optional.ofNullable(report.location());
  }

  @Override
  public List<String> documentIds() {
    return List.of(report.documentId());
  }
}
