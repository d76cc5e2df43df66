package org.sitrep.store;

/**
 * What saving a document did.
 *
 * @param status whether the document was added, versioned or already there
 * @param documentId the id of the document the content belongs to
 * @param version the version holding the content
 */
public record SaveResult(Status status, String documentId, int version) {
  /** The three things saving can do. */
  public enum Status {
    /** A document the store did not have. */
    ADDED,
    /** Changed content of a document the store had: stored as its next version. */
    NEW_VERSION,
    /** Content the store already had: nothing written. */
    UNCHANGED
  }
}
