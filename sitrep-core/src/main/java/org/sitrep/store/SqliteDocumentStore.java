package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.Rejection;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.FusionStamp;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.store.SaveResult.Status;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file in WAL mode that analysts can open in their own tools. It
 * holds documents and what extraction read from them (reports, actors, relations; their rows are
 * {@link ExtractionRows}'s business). Every document is one transaction with full synchronous
 * commits, so a killed process loses nothing it reported as stored. Thread-safe: calls are
 * serialised on the one connection.
 */
public final class SqliteDocumentStore implements DocumentStore {
  private static final String VERSION_COLUMNS =
      "d.id, d.source, d.origin, v.version, v.content_hash, v.media_type, v.charset, v.url,"
          + " v.title, v.author, v.published, v.language, v.text, v.ingested_at";

  private final Connection connection;
  private final Clock clock;
  private final ExtractionRows extraction;
  private final EventRows fusion;

  private SqliteDocumentStore(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
    this.extraction = new ExtractionRows(connection);
    this.fusion = new EventRows(connection);
  }

  /**
   * Opens the store in {@code file}, creating it and its folder if needed and migrating its schema
   * to the latest version.
   *
   * @throws StoreException when the file cannot be opened as a Sitrep store
   */
  public static SqliteDocumentStore open(Path file, Clock clock) {
    return open(file, clock, message -> {});
  }

  /**
   * Opens the store in {@code file} as {@link #open(Path, Clock)} does; while another process
   * writes to it, waits for its turn and tells {@code waitNotice} so now and then.
   *
   * @throws StoreException when the file cannot be opened as a Sitrep store
   */
  public static SqliteDocumentStore open(Path file, Clock clock, Consumer<String> waitNotice) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      SQLiteConfig config = new SQLiteConfig();
      // Writes take the write lock when their transaction begins, so a second writer waits there
      // (busy handler) instead of failing when a read lock cannot be upgraded mid-transaction.
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      Connection connection =
          DriverManager.getConnection(
              "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      // Before any statement: even switching to WAL needs a lock another process may hold.
      BusyHandler.setHandler(connection, new StoreWait(waitNotice));
      try (Statement st = connection.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        st.execute("PRAGMA foreign_keys=ON");
      }
      Migrations.migrate(connection, clock);
      return new SqliteDocumentStore(connection, clock);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  /** The schema version of this store. */
  public synchronized int schemaVersion() {
    try {
      return Migrations.current(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version", e);
    }
  }

  /** The stable id of the document with this origin. */
  static String documentId(String origin) {
    return StoredDocument.idOf(origin);
  }

  /** Work on the connection: a query, or writes for {@link #inTransaction}. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction, committed when it returns and rolled back if not. */
  private <T> T inTransaction(Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Override
  public synchronized SaveResult save(CleanDocument document) {
    try {
      return inTransaction(() -> saveInTransaction(document));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store " + document.input().source() + ": " + e.getMessage(), e);
    }
  }

  private SaveResult saveInTransaction(CleanDocument document) throws SQLException {
    Optional<SaveResult> existing = versionWithContent(document.contentHash());
    if (existing.isPresent()) {
      return new SaveResult(
          Status.UNCHANGED, existing.get().documentId(), existing.get().version());
    }
    String id = documentId(document.input().origin());
    String now = clock.instant().toString();
    int current = currentVersion(id);
    int version = current + 1;
    if (current == 0) {
      update(
          "INSERT INTO documents (id, origin, source, current_version, first_ingested,"
              + " last_ingested) VALUES (?, ?, ?, ?, ?, ?)",
          id,
          document.input().origin(),
          document.input().source(),
          version,
          now,
          now);
    } else {
      update(
          "UPDATE documents SET current_version = ?, source = ?, last_ingested = ? WHERE id = ?",
          version,
          document.input().source(),
          now,
          id);
    }
    insertVersion(id, version, document, now);
    return new SaveResult(current == 0 ? Status.ADDED : Status.NEW_VERSION, id, version);
  }

  private void insertVersion(String id, int version, CleanDocument document, String now)
      throws SQLException {
    DocumentMetadata m = document.metadata();
    byte[] raw = document.input().bytes();
    update(
        "INSERT INTO document_versions (document_id, version, content_hash, media_type, charset,"
            + " url, title, author, published, language, text, raw, raw_size, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        version,
        document.contentHash(),
        document.input().mediaType().name(),
        document.charset(),
        m.url(),
        m.title(),
        m.author(),
        m.published(),
        document.language(),
        document.text(),
        Compression.deflate(raw),
        raw.length,
        now);
  }

  @Override
  public synchronized Optional<String> documentWithContent(String contentHash) {
    try {
      return versionWithContent(contentHash).map(SaveResult::documentId);
    } catch (SQLException e) {
      throw new StoreException("cannot look up content " + contentHash, e);
    }
  }

  private Optional<SaveResult> versionWithContent(String contentHash) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT document_id, version FROM document_versions WHERE content_hash = ?")) {
      ps.setString(1, contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new SaveResult(Status.UNCHANGED, rs.getString(1), rs.getInt(2)))
            : Optional.empty();
      }
    }
  }

  private int currentVersion(String id) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT current_version FROM documents WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  @Override
  public synchronized void recordRejection(Rejection rejection, String contentHash) {
    String now = clock.instant().toString();
    try {
      update(
          "INSERT INTO rejections (origin, source, content_hash, reason, detail, first_seen,"
              + " last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (origin, content_hash)"
              + " DO UPDATE SET reason = excluded.reason, detail = excluded.detail,"
              + " last_seen = excluded.last_seen",
          rejection.origin(),
          rejection.source(),
          contentHash == null ? "" : contentHash,
          rejection.reason().name(),
          rejection.detail(),
          now,
          now);
    } catch (SQLException e) {
      throw new StoreException("cannot record the rejection of " + rejection.source(), e);
    }
  }

  @Override
  public synchronized List<StoredDocument> documents() {
    return queryDocuments(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM documents d JOIN document_versions v"
            + " ON v.document_id = d.id AND v.version = d.current_version ORDER BY d.id");
  }

  @Override
  public synchronized Optional<StoredDocument> document(String idOrSource) {
    List<StoredDocument> found =
        queryDocuments(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM documents d JOIN document_versions v"
                + " ON v.document_id = d.id AND v.version = d.current_version"
                + " WHERE d.id = ? OR d.source = ? ORDER BY d.id <> ?, d.id LIMIT 1",
            idOrSource,
            idOrSource,
            idOrSource);
    return found.stream().findFirst();
  }

  @Override
  public synchronized List<StoredDocument> versions(String documentId) {
    return queryDocuments(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM documents d JOIN document_versions v"
            + " ON v.document_id = d.id WHERE d.id = ? ORDER BY v.version",
        documentId);
  }

  @Override
  public synchronized Optional<byte[]> raw(String documentId, int version) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT raw FROM document_versions WHERE document_id = ? AND version = ?")) {
      ps.setString(1, documentId);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Compression.inflate(rs.getBytes(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the original bytes of " + documentId, e);
    }
  }

  @Override
  public synchronized List<StoredRejection> rejections() {
    List<StoredRejection> rejections = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT origin, source, reason, detail, last_seen FROM rejections"
                    + " ORDER BY source, origin")) {
      while (rs.next()) {
        rejections.add(
            new StoredRejection(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)));
      }
      return rejections;
    } catch (SQLException e) {
      throw new StoreException("cannot read rejections", e);
    }
  }

  @Override
  public synchronized void saveExtraction(
      String documentId,
      int version,
      List<Report> reports,
      List<Actor> actors,
      List<Relation> relations) {
    try {
      inTransaction(
          () -> {
            extraction.saveExtraction(documentId, version, reports, actors, relations);
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store the extraction of " + documentId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Report> reports() {
    return read("reports", extraction::reports);
  }

  @Override
  public synchronized List<Actor> actors() {
    return read("actors", extraction::actors);
  }

  @Override
  public synchronized List<Relation> relations() {
    return read("relations", extraction::relations);
  }

  private static <T> T read(String what, Work<T> query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<StoredDocument> documentsNeedingExtraction(String extractorVersion) {
    return queryDocuments(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM documents d JOIN document_versions v"
            + " ON v.document_id = d.id AND v.version = d.current_version"
            + " LEFT JOIN extractions e ON e.document_id = d.id"
            + " WHERE e.document_id IS NULL OR e.version <> d.current_version"
            + " OR e.extractor_version <> ? ORDER BY d.id",
        extractorVersion);
  }

  @Override
  public synchronized void markExtracted(String documentId, int version, String extractorVersion) {
    try {
      extraction.markExtracted(documentId, version, extractorVersion, clock.instant().toString());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the extraction of " + documentId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void saveFusion(
      List<String> removedEventIds, List<Event> events, Map<String, FusionStamp> stamps) {
    try {
      inTransaction(
          () -> {
            fusion.saveFusion(removedEventIds, events, stamps);
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot store events: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Event> events() {
    return read("events", fusion::events);
  }

  @Override
  public synchronized Map<String, FusionStamp> fusionStamps() {
    return read("fusion stamps", fusion::stamps);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store", e);
    }
  }

  private List<StoredDocument> queryDocuments(String sql, Object... parameters) {
    try (PreparedStatement ps = prepare(sql, parameters);
        ResultSet rs = ps.executeQuery()) {
      List<StoredDocument> documents = new ArrayList<>();
      while (rs.next()) {
        documents.add(
            new StoredDocument(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                new DocumentMetadata(
                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14)));
      }
      return documents;
    } catch (SQLException e) {
      throw new StoreException("cannot read documents: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    Statements.update(connection, sql, parameters);
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    return Statements.prepare(connection, sql, parameters);
  }
}
