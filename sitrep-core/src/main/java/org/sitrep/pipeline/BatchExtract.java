package org.sitrep.pipeline;

import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Runs extraction over the documents of a store that need it (new, changed, or extracted by an
 * older extractor), committing each document's reports, actors and relations in one transaction.
 * Running it again does nothing new, so an interrupted run resumes by running it again.
 */
public final class BatchExtract {
  /** Hears about each document as it is done. */
  @FunctionalInterface
  public interface Listener {
    void done(StoredDocument document, int reports);
  }

  private final ExtractionPipeline pipeline;
  private final DocumentStore store;

  public BatchExtract(ExtractionPipeline pipeline, DocumentStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /** Extracts every document that needs it; returns how many documents were extracted. */
  public int run(Listener listener) {
    int count = 0;
    for (StoredDocument d : store.documentsNeedingExtraction(pipeline.version())) {
      ExtractionPipeline.Result result =
          pipeline.extract(d.id(), d.text(), d.metadata().published());
      store.saveExtraction(
          d.id(), d.version(), result.reports(), result.actors(), result.relations());
      store.markExtracted(d.id(), d.version(), pipeline.version());
      listener.done(d, result.reports().size());
      count++;
    }
    return count;
  }
}
