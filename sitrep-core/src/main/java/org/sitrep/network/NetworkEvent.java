package org.sitrep.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ActorRef;
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
    Map<String, ActorRef> participants = new LinkedHashMap<>();
    List<ActorRef> refs = new ArrayList<>();
    refs.add(report.actor1());
    refs.add(report.actor2());
    refs.addAll(report.assocActors());
    refs.addAll(report.claimedBy());
    for (ActorRef ref : refs) {
      if (ref != null) {
        participants.putIfAbsent(ref.id(), ref);
      }
    }
    return new ReportEvent(report, List.copyOf(participants.values()));
  }
}
