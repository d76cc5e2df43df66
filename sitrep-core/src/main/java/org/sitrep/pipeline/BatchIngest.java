package org.sitrep.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawInput;
import org.sitrep.ingest.Rejection;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.SaveResult;
import org.sitrep.store.SaveResult.Status;

/**
 * Ingests a batch of files or JSON Lines records into a store, one committed document at a time:
 * content the store already has is skipped before any work, bad inputs are recorded and the batch
 * goes on. Running it again over the same inputs adds nothing, so an interrupted run is resumed by
 * running it again.
 */
public final class BatchIngest {
  /** Hears about each input as it is done, for progress bars and reports. */
  @FunctionalInterface
  public interface Listener {
    void done(InputOutcome outcome);
  }

  private final Ingestor ingestor;
  private final DocumentStore store;
  private final InputReader reader;

  public BatchIngest(Ingestor ingestor, DocumentStore store) {
    this.ingestor = ingestor;
    this.store = store;
    this.reader = new InputReader(ingestor.config().maxBytes());
  }

  /** The files {@code paths} name, expanded as {@link InputReader#files} does. */
  public List<Path> files(List<Path> paths) {
    return reader.files(paths);
  }

  /** Ingests every input in {@code files}, telling {@code listener} about each. */
  public IngestSummary ingestFiles(List<Path> files, Listener listener) {
    Counter counter = new Counter(listener);
    for (Path file : files) {
      reader.read(file, counter);
    }
    return counter.summary();
  }

  /** Ingests the JSON Lines records of {@code in}, named {@code streamName} in reports. */
  public IngestSummary ingestJsonLines(InputStream in, String streamName, Listener listener) {
    Counter counter = new Counter(listener);
    reader.readJsonLines(in, streamName, counter);
    return counter.summary();
  }

  /** Ingests inputs already read, such as records built in memory. */
  public IngestSummary ingest(Iterable<? extends InputItem> items, Listener listener) {
    Counter counter = new Counter(listener);
    items.forEach(counter);
    return counter.summary();
  }

  private InputOutcome process(InputItem item) {
    if (item instanceof Rejection rejection) {
      store.recordRejection(rejection, null);
      return new InputOutcome(item.source(), null, rejection);
    }
    RawInput input = (RawInput) item;
    String hash = ContentHash.of(input.bytes());
    Optional<String> known = store.documentWithContent(hash);
    if (known.isPresent()) {
      return new InputOutcome(
          input.source(), new SaveResult(Status.UNCHANGED, known.get(), 0), null);
    }
    IngestOutcome outcome = ingestor.ingest(input);
    if (outcome instanceof Rejection rejection) {
      store.recordRejection(rejection, hash);
      return new InputOutcome(input.source(), null, rejection);
    }
    return new InputOutcome(input.source(), store.save((CleanDocument) outcome), null);
  }

  /** Processes inputs as the reader hands them over and keeps the counts. */
  private final class Counter implements Consumer<InputItem> {
    private final Listener listener;
    private int added;
    private int newVersions;
    private int unchanged;
    private int rejected;

    Counter(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void accept(InputItem item) {
      InputOutcome outcome = process(item);
      if (outcome.rejected()) {
        rejected++;
      } else {
        switch (outcome.saved().status()) {
          case ADDED -> added++;
          case NEW_VERSION -> newVersions++;
          case UNCHANGED -> unchanged++;
        }
      }
      listener.done(outcome);
    }

    IngestSummary summary() {
      return new IngestSummary(added, newVersions, unchanged, rejected);
    }
  }
}
