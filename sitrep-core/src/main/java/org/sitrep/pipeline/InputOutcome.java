package org.sitrep.pipeline;

import org.sitrep.ingest.Rejection;
import org.sitrep.store.SaveResult;

/**
 * What became of one input in a batch: stored (added, versioned or already there) or rejected.
 *
 * @param source the input's name
 * @param saved the store's answer, or null when the input was rejected
 * @param rejection why it was rejected, or null when it was stored
 */
public record InputOutcome(String source, SaveResult saved, Rejection rejection) {
  /** Whether the input was rejected. */
  public boolean rejected() {
    return rejection != null;
  }
}
