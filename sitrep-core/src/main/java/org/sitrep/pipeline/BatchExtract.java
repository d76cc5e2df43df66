package org.sitrep.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
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

    /** Hears that extraction failed or ran over budget on {@code document}, now quarantined. */
    default void failed(StoredDocument document, String detail) {}
  }

  /** The default time one document may take: ten minutes, twice a 20 MB article's. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(10);

  private final DocumentExtractor pipeline;
  private final DocumentStore store;
  private final int threads;
  private final Duration budget;

  /** A batch that extracts on one thread. */
  public BatchExtract(DocumentExtractor pipeline, DocumentStore store) {
    this(pipeline, store, 1);
  }

  /**
   * A batch that extracts on {@code threads} threads and commits on the calling one, in the store's
   * order, so the result does not depend on the number of threads; each document within {@link
   * #DEFAULT_BUDGET}.
   *
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public BatchExtract(DocumentExtractor pipeline, DocumentStore store, int threads) {
    this(pipeline, store, threads, DEFAULT_BUDGET);
  }

  /**
   * A batch as {@link #BatchExtract(DocumentExtractor, DocumentStore, int)} makes, where a document
   * whose extraction runs longer than {@code budget} is stopped and quarantined ({@code
   * OVER_BUDGET}) and the batch goes on.
   *
   * @throws IllegalArgumentException when {@code threads} is below 1 or the budget not positive
   */
  public BatchExtract(
      DocumentExtractor pipeline, DocumentStore store, int threads, Duration budget) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive, got " + budget);
    }
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.budget = budget;
  }

  /** One document's extraction under way. */
  private record Work(StoredDocument document, Future<Outcome> future, AtomicLong startedAt) {}

  /** What extraction of one document came to: a result, or why there is none. */
  private record Outcome(ExtractionPipeline.Result result, RejectionReason reason, String detail) {}

  /** Extracts every document that needs it; returns how many documents were extracted. */
  public int run(Listener listener) {
    List<StoredDocument> pending = store.documentsNeedingExtraction(pipeline.version());
    // Workers are daemons: one stuck in code that ignores interruption must not keep the JVM up.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "sitrep-extract");
              t.setDaemon(true);
              return t;
            });
    try {
      // A window of work ahead of the commits keeps every thread busy without holding the whole
      // batch's results in memory.
      Deque<Work> ahead = new ArrayDeque<>();
      int submitted = 0;
      for (int i = 0; i < pending.size(); i++) {
        while (submitted < pending.size() && submitted < i + 2 * threads) {
          StoredDocument d = pending.get(submitted++);
          AtomicLong startedAt = new AtomicLong();
          Future<Outcome> future =
              pool.submit(
                  () -> {
                    startedAt.set(System.nanoTime());
                    return extract(d);
                  });
          ahead.add(new Work(d, future, startedAt));
        }
        Work work = ahead.removeFirst();
        commit(work.document(), await(work, pool), listener);
      }
      return pending.size();
    } finally {
      pool.shutdownNow();
    }
  }

  /** What extraction read, or why not: the failure is the document's, not the batch's. */
  private Outcome extract(StoredDocument d) {
    try {
      return new Outcome(pipeline.extract(d.id(), d.text(), d.metadata().published()), null, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(
          null,
          RejectionReason.EXTRACTION_FAILED,
          "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * The outcome of {@code work}, waiting at most its budget from when a worker took it up. Over
   * budget, the worker is interrupted; a worker that does not stop is replaced by a new one, so
   * that the batch keeps its threads.
   */
  private Outcome await(Work work, ThreadPoolExecutor pool) {
    try {
      while (true) {
        try {
          return work.future().get(200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          long started = work.startedAt().get();
          if (started != 0 && System.nanoTime() - started > budget.toNanos()) {
            work.future().cancel(true);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            return new Outcome(
                null,
                RejectionReason.OVER_BUDGET,
                "extraction ran over its time budget of "
                    + budget.toSeconds()
                    + " s and was stopped");
          }
        }
      }
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

  private void commit(StoredDocument d, Outcome outcome, Listener listener) {
    if (outcome.result() == null) {
      store.recordRejection(
          new Rejection(d.origin(), d.source(), outcome.reason(), outcome.detail()),
          d.contentHash());
      listener.failed(d, outcome.detail());
      return;
    }
    ExtractionPipeline.Result result = outcome.result();
    store.saveExtraction(
        d.id(), d.version(), result.reports(), result.actors(), result.relations());
    store.markExtracted(d.id(), d.version(), pipeline.version());
    listener.done(d, result.reports().size());
  }
}
