package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.ingest.Rejection;
import org.sitrep.ingest.RejectionReason;

/**
 * An input the job set aside, with why: the rejections dataset's row.
 *
 * @param origin the input's identity (a file's path or URI, or {@code jsonl:} and a record's id)
 * @param source the name users see
 * @param reason why, as the local store names it
 * @param detail what exactly was wrong
 */
public record Quarantined(String origin, String source, RejectionReason reason, String detail)
    implements Serializable {
  static Quarantined of(Rejection r) {
    return new Quarantined(r.origin(), r.source(), r.reason(), r.detail());
  }
}
