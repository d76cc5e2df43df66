package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.sitrep.model.Event;

/** An event with its reports, which its export line reads (disagreements, documents). */
record FusedEvent(Event event, String component, List<SourcedReport> members)
    implements Serializable {
  FusedEvent {
    members = List.copyOf(members);
  }
}
