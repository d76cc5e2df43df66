package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.sitrep.model.Report;
import org.sitrep.testing.Reports;

/** Migration V4: the FTS5 indexes follow documents and reports as the store writes them. */
class SearchIndexTriggersTest {
  @TempDir Path dir;

  private static CleanDocument document(String origin, String title, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new CleanDocument(
        new RawInput(origin, origin, MediaType.PLAIN_TEXT, bytes),
        ContentHash.of(bytes),
        "UTF-8",
        new DocumentMetadata(null, title, null, null),
        "en",
        text);
  }

  private static Report report(String id, String documentId, String evidence) {
    Report r = Reports.clash(id, documentId, "2023-05-01", null, null);
    return new Report(
        r.id(),
        r.documentId(),
        evidence,
        r.span(),
        r.date(),
        r.subEventType(),
        r.actor1(),
        r.actor2(),
        r.assocActors(),
        r.location(),
        r.fatalities(),
        r.injuries(),
        r.claimedBy(),
        r.modality(),
        r.retaliationFor(),
        r.confidence());
  }

  private static List<String> match(Path db, String table, String column, String words)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + column + " FROM " + table + " WHERE " + table + " MATCH ?")) {
      ps.setString(1, words);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  @Test
  void documentsAndEvidenceAreIndexedAndReplacedReportsLeaveTheIndex() throws SQLException {
    Path db = dir.resolve("s.db");
    String id;
    try (SqliteDocumentStore store = SqliteDocumentStore.open(db, Clock.systemUTC())) {
      assertThat(store.schemaVersion()).isEqualTo(4);
      id =
          store
              .save(
                  document(
                      "a.txt",
                      "Ferry sinking inquiry",
                      "Militiamen burned the granary at Oldbridge on Monday."))
              .documentId();
      store.saveExtraction(
          id, 1, List.of(report(id + "-r01", id, "Militiamen burned the granary")), List.of());
    }
    assertThat(match(db, "document_search", "document_id", "\"granary\"")).containsExactly(id);
    assertThat(match(db, "document_search", "document_id", "\"ferry\"")).containsExactly(id);
    assertThat(match(db, "evidence_search", "report_id", "\"granary\""))
        .containsExactly(id + "-r01");
    try (SqliteDocumentStore store = SqliteDocumentStore.open(db, Clock.systemUTC())) {
      // Extracting again replaces the document's reports: the old sentence leaves the index.
      store.saveExtraction(
          id, 1, List.of(report(id + "-r01", id, "Militiamen looted the mill")), List.of());
    }
    assertThat(match(db, "evidence_search", "report_id", "\"granary\"")).isEmpty();
    assertThat(match(db, "evidence_search", "report_id", "\"mill\"")).containsExactly(id + "-r01");
  }
}
