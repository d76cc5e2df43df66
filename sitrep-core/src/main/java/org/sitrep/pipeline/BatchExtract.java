package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.ingest.Rejection;
import org.sitrep.ingest.RejectionReason;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Runs extraction over the documents of a store that need it (new, changed, or extracted by an
 * older extractor), committing each document's reports, actors and relations in one transaction.
 * Running it again does nothing new, so an interrupted run resumes by running it again. A document
 * on which extraction throws is quarantined (a rejection with reason {@code EXTRACTION_FAILED}, no
 * reports) and the batch goes on; it is tried again by the next run, as the Spark job does.
 */
public final class BatchExtract {
  /** Hears about each document as it is done. */
  @FunctionalInterface
  public interface Listener {
    void done(StoredDocument document, int reports);

    /** Hears that extraction failed on {@code document}, which was quarantined. */
    default void failed(StoredDocument document, String detail) {}
  }

  private final DocumentExtractor pipeline;
  private final DocumentStore store;
  private final int threads;
  private final Map<String, String> failures = new ConcurrentHashMap<>();

  /** A batch that extracts on one thread. */
  public BatchExtract(DocumentExtractor pipeline, DocumentStore store) {
    this(pipeline, store, 1);
  }

  /**
   * A batch that extracts on {@code threads} threads and commits on the calling one, in the store's
   * order, so the result does not depend on the number of threads.
   *
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public BatchExtract(DocumentExtractor pipeline, DocumentStore store, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
  }

  /** Extracts every document that needs it; returns how many documents were extracted. */
  public int run(Listener listener) {
    List<StoredDocument> pending = store.documentsNeedingExtraction(pipeline.version());
    if (threads == 1) {
      for (StoredDocument d : pending) {
        commit(d, extract(d), listener);
      }
      return pending.size();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // A window of work ahead of the commits keeps every thread busy without holding the whole
      // batch's results in memory.
      Deque<Future<ExtractionPipeline.Result>> ahead = new ArrayDeque<>();
      int submitted = 0;
      for (int i = 0; i < pending.size(); i++) {
        while (submitted < pending.size() && submitted < i + 2 * threads) {
          StoredDocument d = pending.get(submitted++);
          ahead.add(pool.submit(() -> extract(d)));
        }
        commit(pending.get(i), result(ahead.removeFirst()), listener);
      }
      return pending.size();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What extraction read, or null when it failed: the failure is the document's, not the batch's.
   */
  private ExtractionPipeline.Result extract(StoredDocument d) {
    try {
      return pipeline.extract(d.id(), d.text(), d.metadata().published());
    } catch (RuntimeException | StackOverflowError e) {
      failures.put(
          d.id(), "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return null;
    }
  }

  private void commit(StoredDocument d, ExtractionPipeline.Result result, Listener listener) {
    if (result == null) {
      String detail = failures.remove(d.id());
      store.recordRejection(
          new Rejection(d.origin(), d.source(), RejectionReason.EXTRACTION_FAILED, detail),
          d.contentHash());
      listener.failed(d, detail);
      return;
    }
    store.saveExtraction(
        d.id(), d.version(), result.reports(), result.actors(), result.relations());
    store.markExtracted(d.id(), d.version(), pipeline.version());
    listener.done(d, result.reports().size());
  }

  private static ExtractionPipeline.Result result(Future<ExtractionPipeline.Result> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("extraction was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("extraction failed", e.getCause());
    }
  }
}
