package org.sitrep.testing;

import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Reports for tests that need only who and when. */
public final class Reports {
  private Reports() {}

  /**
   * An asserted armed clash of {@code documentId} on {@code date} (ISO, or null for undated)
   * between {@code actor1} and {@code actor2} (either may be null), with nothing else known.
   */
  public static Report clash(
      String id, String documentId, String date, ActorRef actor1, ActorRef actor2) {
    return new Report(
        id,
        documentId,
        "evidence",
        new Span(0, 8),
        new EventDate(date, null, null, null),
        SubEventType.ARMED_CLASH,
        actor1,
        actor2,
        List.of(),
        null,
        null,
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.5);
  }
}
