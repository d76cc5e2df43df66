package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.store.StoredDocument;

/**
 * One input after cleaning: a document (its version not yet numbered) or a rejection.
 *
 * @param order the place of its file in the listing
 * @param index its place in its file (a JSON Lines record's), 0 for a whole file
 * @param document the cleaned document, or null when rejected
 * @param rejected why it was rejected, or null
 */
record Ingested(long order, long index, StoredDocument document, Quarantined rejected)
    implements Serializable {
  /** Whether this input comes before {@code other} in the listing. */
  boolean before(Ingested other) {
    return order != other.order ? order < other.order : index < other.index;
  }
}
