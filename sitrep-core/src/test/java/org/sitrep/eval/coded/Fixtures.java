package org.sitrep.eval.coded;

import java.util.List;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoredDocument;

/** Store contents for the coded-evaluation tests. */
final class Fixtures {
  private Fixtures() {}

  /** A stored document ingested from a JSON Lines record or file named {@code source}. */
  static StoredDocument document(String id, String source) {
    return new StoredDocument(
        id,
        source,
        "jsonl:" + source,
        1,
        "hash-" + id,
        "JSON_RECORD",
        "UTF-8",
        DocumentMetadata.NONE,
        "en",
        "text",
        "2026-01-01T00:00:00Z");
  }

  /** A report with the fields the coded scorer reads; null for what it does not give. */
  static Report report(
      String id,
      String documentId,
      SubEventType sub,
      String date,
      ActorRef actor1,
      Location location,
      Integer fatalities) {
    return new Report(
        id,
        documentId,
        "evidence",
        new Span(0, 4),
        date == null ? EventDate.UNKNOWN : new EventDate(date, null, DatePrecision.DAY, null),
        sub,
        actor1,
        null,
        List.of(),
        location,
        fatalities == null ? null : new Count(fatalities, Count.Qualifier.EXACT),
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.9);
  }

  /** A report with a sub-event type only. */
  static Report report(String id, String documentId, SubEventType sub) {
    return report(id, documentId, sub, null, null, null, null);
  }

  /** A place in a country, with its region. */
  static Location place(String name, String admin1, String country) {
    return new Location(name, country, admin1, null, null, null, null);
  }
}
