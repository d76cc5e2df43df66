package org.sitrep.pipeline;

/**
 * What reads one document's cleaned text into reports, actors and relations: the standard {@link
 * ExtractionPipeline}, or a stand-in a batch is given (a test's, or a job's configured one).
 * Implementations are thread-safe: one serves every thread of a batch or every task of an executor.
 */
public interface DocumentExtractor {
  /**
   * The reports, actors and relations of one document.
   *
   * @param published its publication date (ISO 8601) or null
   */
  ExtractionPipeline.Result extract(String documentId, String text, String published);

  /** The extractor version recorded with each document it reads. */
  String version();
}
