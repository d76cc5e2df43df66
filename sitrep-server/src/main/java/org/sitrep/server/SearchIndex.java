package org.sitrep.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over the store's FTS5 indexes (migration V4): documents by title and text,
 * reports by evidence sentence. It reads through its own read-only connections, a few at once, so a
 * search never waits on the store's writer; each query is cancelled when it runs past the server's
 * query time.
 */
final class SearchIndex implements AutoCloseable {
  /** Most words a query may have. */
  static final int MAX_WORDS = 16;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+(\\*)?");

  /** A document that matches. */
  record DocumentHit(String id, String title, String source, String snippet) {}

  /** An evidence sentence that matches. */
  record EvidenceHit(String reportId, String documentId, String sentence, int begin, int end) {}

  private final BlockingQueue<Connection> connections;
  private final List<Connection> all = new ArrayList<>();
  private final ScheduledExecutorService canceller;
  private final Duration timeout;

  SearchIndex(Path db, int size, Duration timeout) {
    this.connections = new ArrayBlockingQueue<>(size);
    this.timeout = timeout;
    this.canceller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sitrep-query-timeout");
              t.setDaemon(true);
              return t;
            });
    try {
      for (int i = 0; i < size; i++) {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA query_only = 1");
          st.execute("PRAGMA busy_timeout = 5000");
        }
        all.add(c);
        connections.add(c);
      }
      // One more, used only to watch the store for writes.
      Connection watch = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
      try (Statement st = watch.createStatement()) {
        st.execute("PRAGMA query_only = 1");
      }
      all.add(0, watch);
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("cannot open the search index of " + db, e);
    }
  }

  /**
   * The FTS5 expression for what a user typed: each word quoted (so no FTS5 operator or column
   * filter can be injected), all words required, a trailing {@code *} kept as a prefix search.
   *
   * @throws ApiException naming {@code parameter} when there is no word or too many
   */
  static String matchExpression(String parameter, String text) {
    Matcher m = WORD.matcher(text);
    List<String> terms = new ArrayList<>();
    while (m.find()) {
      String word = m.group().replace("*", "");
      terms.add('"' + word + '"' + (m.group(1) != null ? "*" : ""));
    }
    if (terms.isEmpty()) {
      throw ApiException.badParameter(parameter, "needs at least one word");
    }
    if (terms.size() > MAX_WORDS) {
      throw ApiException.badParameter(parameter, "at most " + MAX_WORDS + " words");
    }
    return String.join(" ", terms);
  }

  /** Documents whose current version matches, best first. */
  List<DocumentHit> documents(String text, int limit) {
    String sql =
        "SELECT s.document_id, v.title, d.source,"
            + " snippet(document_search, 3, '', '', '…', 16)"
            + " FROM document_search s"
            + " JOIN documents d ON d.id = s.document_id AND d.current_version = s.version"
            + " JOIN document_versions v ON v.document_id = s.document_id AND v.version = s.version"
            + " WHERE document_search MATCH ? ORDER BY rank LIMIT ?";
    return query(
        sql,
        matchExpression("q", text),
        limit,
        rs -> new DocumentHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /** Evidence sentences of stored reports that match, best first. */
  List<EvidenceHit> evidence(String text, int limit) {
    String sql =
        "SELECT r.id, r.document_id, r.evidence, r.span_begin, r.span_end"
            + " FROM evidence_search s JOIN reports r ON r.id = s.report_id"
            + " WHERE evidence_search MATCH ? ORDER BY rank LIMIT ?";
    return query(
        sql,
        matchExpression("q", text),
        limit,
        rs ->
            new EvidenceHit(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
  }

  /** The ids of every report whose evidence matches (for the events' text filter). */
  Set<String> reportIds(String text) {
    String sql = "SELECT report_id FROM evidence_search WHERE evidence_search MATCH ? LIMIT ?";
    return new HashSet<>(
        query(sql, matchExpression("q", text), Integer.MAX_VALUE, rs -> rs.getString(1)));
  }

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, String match, int limit, Row<T> row) {
    Connection c = borrow();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, match);
      st.setInt(2, limit);
      ScheduledFuture<?> cancel =
          canceller.schedule(
              () -> {
                try {
                  st.cancel();
                } catch (SQLException ignored) {
                  // The statement finished in the meantime: nothing to cancel.
                }
              },
              timeout.toMillis(),
              TimeUnit.MILLISECONDS);
      try (ResultSet rs = st.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      } finally {
        cancel.cancel(false);
      }
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("interrupt")) {
        throw new ApiException(
            503, "query_timeout", "the search ran longer than " + timeout.toSeconds() + " s", null);
      }
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    } finally {
      connections.add(c);
    }
  }

  /**
   * SQLite's count of commits by other connections to the file (PRAGMA data_version): when it
   * changes, someone (the CLI, or this server's own writer) has written to the store.
   */
  synchronized long dataVersion() {
    // The counter is per connection, so it is always read on the same one.
    Connection c = all.get(0);
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA data_version")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's data version", e);
    }
  }

  private Connection borrow() {
    try {
      Connection c = connections.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (c == null) {
        throw new ApiException(503, "busy", "every search connection is busy; try again", null);
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "busy", "interrupted while waiting for a connection", null);
    }
  }

  @Override
  public void close() {
    canceller.shutdownNow();
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing on the way out: nothing left to do with the error.
      }
    }
  }
}
