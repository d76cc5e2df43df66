package org.sitrep.pipeline;

/**
 * The counts of one batch ingest.
 *
 * @param added documents the store did not have
 * @param newVersions changed documents stored as new versions
 * @param unchanged inputs whose content the store already had
 * @param rejected inputs that did not become documents
 */
public record IngestSummary(int added, int newVersions, int unchanged, int rejected) {
  /** Inputs seen in all. */
  public int total() {
    return added + newVersions + unchanged + rejected;
  }
}
