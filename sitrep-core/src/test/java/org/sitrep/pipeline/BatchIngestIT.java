package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.RejectionReason;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import org.sitrep.testing.Inputs;

/** Batch ingest with the real language model and store, over good and bad inputs. */
class BatchIngestIT {
  private static Ingestor ingestor;

  @TempDir Path dir;
  private SqliteDocumentStore store;
  private BatchIngest batch;
  private final List<InputOutcome> outcomes = new ArrayList<>();

  @BeforeAll
  static void loadModels() {
    ingestor = Ingestor.standard(IngestConfig.DEFAULTS);
  }

  @BeforeEach
  void open() {
    store = SqliteDocumentStore.open(dir.resolve("sitrep.db"), Clock.systemUTC());
    batch = new BatchIngest(ingestor, store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private IngestSummary ingest(Path folder) {
    return batch.ingestFiles(batch.files(List.of(folder)), outcomes::add);
  }

  @Test
  void ingestsTheGoodFilesOfAMixedFolderAndNamesEachBadOne() throws Exception {
    Path folder = Inputs.writeMixedFolder(dir.resolve("mixed"));

    IngestSummary summary = ingest(folder);

    assertThat(summary.added()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(4);
    Map<String, RejectionReason> rejected =
        outcomes.stream()
            .filter(InputOutcome::rejected)
            .collect(Collectors.toMap(InputOutcome::source, o -> o.rejection().reason()));
    assertThat(rejected)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "empty.txt", RejectionReason.EMPTY,
                "image.bin", RejectionReason.BINARY,
                "huge.txt", RejectionReason.OVERSIZED,
                "french.txt", RejectionReason.NOT_ENGLISH));
    assertThat(store.rejections()).hasSize(4);
    assertThat(store.document("latin1.txt"))
        .hasValueSatisfying(
            d -> {
              assertThat(d.charset()).isEqualTo("windows-1252");
              assertThat(d.metadata().author()).isEqualTo("Renée Müller");
              assertThat(d.language()).isEqualTo("en");
            });
  }

  @Test
  void ingestingTheSameFolderTwiceAddsNothing() throws Exception {
    Path folder = Inputs.writeMixedFolder(dir.resolve("mixed"));
    ingest(folder);
    List<StoredDocument> before = store.documents();

    IngestSummary again = ingest(folder);

    assertThat(again.added()).isZero();
    assertThat(again.newVersions()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(store.documents()).isEqualTo(before);
    assertThat(store.rejections()).hasSize(4);
  }

  @Test
  void readsJsonLinesRecordsWithTheirMetadataAndNamesMalformedLines() {
    String article = Inputs.resource("english-article.txt");
    String jsonl =
        "{\"id\":\"r1\",\"url\":\"https://example.org/a\",\"title\":\"Given title\","
            + "\"published\":\"2024-03-12T08:00:00Z\",\"text\":"
            + quote(article)
            + "}\n"
            + "{not json}\n"
            + "{\"id\":\"r3\",\"title\":\"no body\"}\n"
            + "{\"id\":\"r4\",\"html\":"
            + quote(
                "<html><body><article><h1>Headline here now</h1><p>"
                    + article.replace("\n", "</p><p>")
                    + "</p></article></body></html>")
            + "}\n";

    IngestSummary summary =
        batch.ingestJsonLines(
            new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
            "stdin",
            outcomes::add);

    assertThat(summary.added()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(store.document("r1"))
        .hasValueSatisfying(
            d -> {
              assertThat(d.metadata().title()).isEqualTo("Given title");
              assertThat(d.metadata().url()).isEqualTo("https://example.org/a");
              assertThat(d.metadata().published()).isEqualTo("2024-03-12");
              assertThat(d.text())
                  .startsWith("Gunmen attacked")
                  .doesNotContain("Share this article");
            });
    assertThat(outcomes)
        .filteredOn(InputOutcome::rejected)
        .extracting(o -> o.rejection().reason())
        .containsExactly(RejectionReason.MALFORMED, RejectionReason.MALFORMED);
  }

  private static String quote(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
