package org.sitrep.spark;

import org.sitrep.pipeline.ExtractionPipeline;

/**
 * What the job runs on each document's cleaned text: the standard {@link ExtractionPipeline} unless
 * the job is configured with another ({@code spark.sitrep.extractor}, a class with a public
 * no-argument constructor). Implementations are thread-safe: one serves every task of an executor.
 */
public interface DocumentExtractor {
  /** The reports, actors and relations of one document. */
  ExtractionPipeline.Result extract(String documentId, String text, String published);

  /** The extractor version recorded with each document, as the local store records it. */
  String version();
}
