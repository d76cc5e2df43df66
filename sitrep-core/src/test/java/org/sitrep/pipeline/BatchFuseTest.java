package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.store.SaveResult;
import org.sitrep.store.SqliteDocumentStore;

/** Fusion over a real store: events saved, read back, and kept up to date run after run. */
class BatchFuseTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final ActorRef ISKP = new ActorRef("iskp", "Islamic State Khorasan Province");

  @TempDir Path dir;
  private SqliteDocumentStore store;

  @BeforeEach
  void open() {
    store = SqliteDocumentStore.open(dir.resolve("test.db"), CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private String document(String name) {
    byte[] bytes = ("text of " + name).getBytes(StandardCharsets.UTF_8);
    SaveResult saved =
        store.save(
            new CleanDocument(
                new RawInput("/corpus/" + name, name, MediaType.PLAIN_TEXT, bytes),
                ContentHash.of(bytes),
                "UTF-8",
                new DocumentMetadata(null, name, null, null),
                "en",
                "text of " + name));
    return saved.documentId();
  }

  private static Report kerman(String documentId, int dead, String place) {
    return new Report(
        documentId + "-r01",
        documentId,
        "text",
        new Span(0, 4),
        new EventDate("2024-01-03", null, DatePrecision.DAY, null),
        SubEventType.SUICIDE_BOMB,
        ISKP,
        null,
        List.of(),
        Location.named(place, "Iran"),
        new Count(dead, Count.Qualifier.AT_LEAST),
        null,
        List.of(ISKP),
        Modality.ASSERTED,
        null,
        0.9);
  }

  @Test
  void storedEventsReadBackAsTheFuserMadeThem() {
    String a = document("a.txt");
    String b = document("b.txt");
    store.saveExtraction(a, 1, List.of(kerman(a, 84, "Kerman")), List.of());
    store.saveExtraction(b, 1, List.of(kerman(b, 91, "Kerman")), List.of());

    new BatchFuse(store).run();

    List<Event> expected = new Fuser(Map.of()).fuse(store.reports());
    assertThat(store.events()).isEqualTo(expected).hasSize(1);
    assertThat(store.events().get(0).fatalities()).isEqualTo(new Event.Fatalities(84, 91, 91));
  }

  @Test
  void aDocumentAddedLaterJoinsTheEventsAlreadyStored() {
    String a = document("a.txt");
    store.saveExtraction(a, 1, List.of(kerman(a, 84, "Kerman")), List.of());
    new BatchFuse(store).run();
    String b = document("b.txt");
    store.saveExtraction(b, 1, List.of(kerman(b, 91, "Kerman")), List.of());

    new BatchFuse(store).run();

    assertThat(store.events()).singleElement().satisfies(e -> assertThat(e.sources()).isEqualTo(2));
    assertThat(store.events()).isEqualTo(new Fuser(Map.of()).fuse(store.reports()));
  }

  @Test
  void aReRunChangesNothingAndAReExtractionThatReadsDifferentlyIsFusedAgain() {
    String a = document("a.txt");
    String b = document("b.txt");
    store.saveExtraction(a, 1, List.of(kerman(a, 84, "Kerman")), List.of());
    store.saveExtraction(b, 1, List.of(kerman(b, 91, "Kerman")), List.of());
    new BatchFuse(store).run();

    assertThat(new BatchFuse(store).run().isEmpty()).isTrue();

    // The same report id now reads another city: the event splits in two.
    store.saveExtraction(b, 1, List.of(kerman(b, 91, "Zahedan")), List.of());
    assertThat(new BatchFuse(store).run().isEmpty()).isFalse();
    assertThat(store.events()).hasSize(2);
    assertThat(store.events()).isEqualTo(new Fuser(Map.of()).fuse(store.reports()));
  }

  @Test
  void reportsThatAreGoneLeaveTheirEvents() {
    String a = document("a.txt");
    String b = document("b.txt");
    store.saveExtraction(a, 1, List.of(kerman(a, 84, "Kerman")), List.of());
    store.saveExtraction(b, 1, List.of(kerman(b, 91, "Kerman")), List.of());
    new BatchFuse(store).run();

    store.saveExtraction(b, 1, List.of(), List.of());
    new BatchFuse(store).run();

    assertThat(store.events())
        .singleElement()
        .satisfies(e -> assertThat(e.reportIds()).containsExactly(a + "-r01"));
    assertThat(store.fusionStamps()).containsOnlyKeys(a + "-r01");
  }
}
