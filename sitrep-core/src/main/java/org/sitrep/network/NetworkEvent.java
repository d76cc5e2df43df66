package org.sitrep.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * An event as the actor network sees it: when, what, where, and who took part. A report is one
 * ({@link #of(Report)}); a fused event, joining reports of several documents, can be another.
 */
public interface NetworkEvent {
  /** Its stable id. */
  String id();

  /** When it happened, as precisely as known. */
  EventDate date();

  /** What happened, in ACLED's vocabulary. */
  SubEventType subEventType();

  /** Where it happened; empty when no place is known. */
  Optional<Location> location();

  /** The actors that took part, each once, initiator first; empty when none is known. */
  List<ActorRef> participants();

  /** The ids of the documents that report it; never empty. */
  List<String> documentIds();

  /**
   * A report as an event of its own: its participants are its actor1, actor2, associated actors and
   * claimants, each once.
   */
  static NetworkEvent of(Report report) {
    return new ReportEvent(report, participants(List.of(report)));
  }

  /**
   * A fused event: its participants are those of its reports ({@code reports}, those of its reports
   * at hand), reconciled actor1 and actor2 first.
   */
  static NetworkEvent of(Event event, List<Report> reports) {
    List<ActorRef> refs = new ArrayList<>();
    refs.add(event.actor1());
    refs.add(event.actor2());
    refs.addAll(participants(reports));
    event.claims().forEach(c -> refs.add(c.actor()));
    return new FusedEvent(event, distinct(refs));
  }

  private static List<ActorRef> participants(List<Report> reports) {
    List<ActorRef> refs = new ArrayList<>();
    for (Report report : reports) {
      refs.add(report.actor1());
      refs.add(report.actor2());
      refs.addAll(report.assocActors());
      refs.addAll(report.claimedBy());
    }
    return distinct(refs);
  }

  private static List<ActorRef> distinct(List<ActorRef> refs) {
    Map<String, ActorRef> participants = new LinkedHashMap<>();
    for (ActorRef ref : refs) {
      if (ref != null) {
        participants.putIfAbsent(ref.id(), ref);
      }
    }
    return List.copyOf(participants.values());
  }
}
