package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;
import org.sitrep.ingest.Rejection;
import org.sitrep.ingest.RejectionReason;
import org.sitrep.store.SaveResult.Status;

class SqliteDocumentStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

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

  private static CleanDocument document(String origin, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    RawInput input =
        new RawInput(origin, Path.of(origin).getFileName().toString(), MediaType.PLAIN_TEXT, bytes);
    return new CleanDocument(
        input,
        ContentHash.of(bytes),
        "UTF-8",
        new DocumentMetadata(null, "T", null, null),
        "en",
        content.strip());
  }

  @Test
  void addsANewDocumentAtVersionOne() {
    SaveResult result = store.save(document("/corpus/a.txt", "first text"));
    assertThat(result.status()).isEqualTo(Status.ADDED);
    assertThat(result.version()).isEqualTo(1);
    assertThat(store.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source()).isEqualTo("a.txt");
              assertThat(d.text()).isEqualTo("first text");
              assertThat(d.metadata().title()).isEqualTo("T");
            });
  }

  @Test
  void addsNothingForContentItAlreadyHasUnderAnyName() {
    SaveResult first = store.save(document("/corpus/a.txt", "same text"));
    SaveResult again = store.save(document("/corpus/a.txt", "same text"));
    SaveResult copy = store.save(document("/elsewhere/copy.txt", "same text"));
    assertThat(again.status()).isEqualTo(Status.UNCHANGED);
    assertThat(copy.status()).isEqualTo(Status.UNCHANGED);
    assertThat(copy.documentId()).isEqualTo(first.documentId());
    assertThat(store.documents()).hasSize(1);
  }

  @Test
  void storesChangedContentAsTheNextVersionOfTheSameDocument() {
    SaveResult first = store.save(document("/corpus/a.txt", "old text"));
    SaveResult second = store.save(document("/corpus/a.txt", "new text"));
    assertThat(second.status()).isEqualTo(Status.NEW_VERSION);
    assertThat(second.documentId()).isEqualTo(first.documentId());
    assertThat(store.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.version()).isEqualTo(2);
              assertThat(d.text()).isEqualTo("new text");
            });
    assertThat(store.versions(first.documentId()))
        .extracting(StoredDocument::text)
        .containsExactly("old text", "new text");
  }

  @Test
  void keepsTheOriginalBytesOfEveryVersion() {
    String original = "  original bytes, with furniture  \n";
    SaveResult saved = store.save(document("/corpus/a.txt", original));
    assertThat(store.raw(saved.documentId(), 1))
        .hasValueSatisfying(
            bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(original));
    assertThat(store.raw(saved.documentId(), 2)).isEmpty();
  }

  @Test
  void findsADocumentByIdOrBySourceName() {
    SaveResult saved = store.save(document("/corpus/a.txt", "text"));
    assertThat(store.document(saved.documentId())).isPresent();
    assertThat(store.document("a.txt")).map(StoredDocument::id).contains(saved.documentId());
    assertThat(store.document("missing.txt")).isEmpty();
  }

  @Test
  void recordsARejectionOncePerOriginAndContent() {
    Rejection rejection =
        new Rejection(
            "/corpus/x.bin", "x.bin", RejectionReason.BINARY, "binary content: PNG image");
    store.recordRejection(rejection, "abc");
    store.recordRejection(rejection, "abc");
    assertThat(store.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo("BINARY");
              assertThat(r.source()).isEqualTo("x.bin");
            });
  }

  @Test
  void keepsDocumentsAcrossReopeningAndMigratesOnlyOnce() {
    store.save(document("/corpus/a.txt", "text"));
    store.close();
    store = SqliteDocumentStore.open(dir.resolve("test.db"), CLOCK);
    assertThat(store.documents()).hasSize(1);
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
  }

  @Test
  void refusesAStoreWrittenByANewerSitrep() throws Exception {
    store.close();
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"))) {
      connection
          .createStatement()
          .execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'later')");
    }
    assertThatThrownBy(() -> SqliteDocumentStore.open(dir.resolve("test.db"), CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99");
    store = SqliteDocumentStore.open(dir.resolve("other.db"), CLOCK);
  }

  @Test
  void splitsMigrationScriptsIntoStatements() {
    assertThat(
            Migrations.statements("-- note\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
  }
}
