package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;
import org.sitrep.store.SqliteDocumentStore;

class BatchExtractTest {
  @TempDir Path dir;

  /** Reads nothing, and fails on any text that says CRASH. */
  private static final DocumentExtractor FRAGILE =
      new DocumentExtractor() {
        @Override
        public ExtractionPipeline.Result extract(String id, String text, String published) {
          if (text.contains("CRASH")) {
            throw new IllegalStateException("cannot read " + id);
          }
          return new ExtractionPipeline.Result(List.of(), List.of(), List.of());
        }

        @Override
        public String version() {
          return "fragile-1";
        }
      };

  @Test
  void aDocumentOnWhichExtractionFailsIsQuarantinedAndTheBatchGoesOn() {
    try (SqliteDocumentStore store =
        SqliteDocumentStore.open(dir.resolve("s.db"), Clock.systemUTC())) {
      store.save(document("/in/a.txt", "Gunmen attacked a village."));
      store.save(document("/in/b.txt", "CRASH here."));
      store.save(document("/in/c.txt", "Protesters marched in the capital."));
      Recorder listener = new Recorder();

      new BatchExtract(FRAGILE, store, 2).run(listener);

      assertThat(listener.done).containsExactlyInAnyOrder("a.txt", "c.txt");
      assertThat(listener.failed).singleElement().asString().startsWith("b.txt: extraction failed");
      assertThat(store.rejections())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.source()).isEqualTo("b.txt");
                assertThat(r.reason()).isEqualTo("EXTRACTION_FAILED");
                assertThat(r.detail()).contains("cannot read");
              });
      // Not marked as read: the next run tries it again, and only it.
      assertThat(store.documentsNeedingExtraction("fragile-1"))
          .extracting(d -> d.source())
          .containsExactly("b.txt");
    }
  }

  /** Released when the test ends, so that the worker that ignores interruption can finish. */
  private static final java.util.concurrent.CountDownLatch RELEASE =
      new java.util.concurrent.CountDownLatch(1);

  /** Hangs on HANG (until interrupted) and on STUCK (deaf to interruption); reads the rest. */
  private static final DocumentExtractor SLOW =
      new DocumentExtractor() {
        @Override
        public ExtractionPipeline.Result extract(String id, String text, String published) {
          if (text.contains("HANG")) {
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              throw new IllegalStateException("stopped", e);
            }
          }
          while (text.contains("STUCK") && RELEASE.getCount() > 0) {
            Thread.onSpinWait();
          }
          return new ExtractionPipeline.Result(List.of(), List.of(), List.of());
        }

        @Override
        public String version() {
          return "slow-1";
        }
      };

  @Test
  void aDocumentOverItsTimeBudgetIsStoppedAndQuarantinedEvenIfItIgnoresInterruption() {
    try (SqliteDocumentStore store =
        SqliteDocumentStore.open(dir.resolve("s.db"), Clock.systemUTC())) {
      store.save(document("/in/a.txt", "Gunmen attacked a village."));
      store.save(document("/in/b.txt", "HANG here."));
      store.save(document("/in/c.txt", "STUCK here."));
      store.save(document("/in/d.txt", "Protesters marched in the capital."));
      Recorder listener = new Recorder();
      try {
        // One thread: the batch only gets past the deaf worker if it replaces it.
        new BatchExtract(SLOW, store, 1, java.time.Duration.ofSeconds(2)).run(listener);
      } finally {
        RELEASE.countDown();
      }

      assertThat(listener.done).containsExactlyInAnyOrder("a.txt", "d.txt");
      assertThat(listener.failed)
          .extracting(f -> f.substring(0, f.indexOf(':')))
          .containsExactlyInAnyOrder("b.txt", "c.txt");
      assertThat(store.rejections())
          .extracting(r -> r.source() + " " + r.reason())
          .containsExactly("b.txt OVER_BUDGET", "c.txt OVER_BUDGET");
      assertThat(store.rejections().get(0).detail()).contains("time budget of 2 s");
    }
  }

  /** Writes down what the batch said of each document: its name, and why it failed. */
  private static final class Recorder implements BatchExtract.Listener {
    final List<String> done = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    @Override
    public void done(org.sitrep.store.StoredDocument d, int reports) {
      done.add(d.source());
    }

    @Override
    public void failed(org.sitrep.store.StoredDocument d, String detail) {
      failed.add(d.source() + ": " + detail);
    }
  }

  private static CleanDocument document(String origin, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    RawInput input =
        new RawInput(origin, Path.of(origin).getFileName().toString(), MediaType.PLAIN_TEXT, bytes);
    return new CleanDocument(
        input,
        ContentHash.of(bytes),
        "UTF-8",
        new DocumentMetadata(null, null, null, null),
        "en",
        text);
  }
}
