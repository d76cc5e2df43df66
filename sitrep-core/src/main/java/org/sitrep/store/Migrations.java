package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * Brings a store's schema up to the version this code knows, all missing scripts in one transaction
 * under the store's write lock, so that they run once however many processes open a new store.
 * Scripts live beside this class as {@code migrations/V<n>__<description>.sql}; a store made by a
 * newer Sitrep is refused rather than damaged.
 */
final class Migrations {
  /** The scripts in order; version n is the n-th. Append only, never edit a released one. */
  static final List<String> SCRIPTS =
      List.of("V1__documents.sql", "V2__extraction.sql", "V3__events.sql", "V4__search.sql");

  private Migrations() {}

  /** The schema version this code writes. */
  static int latest() {
    return SCRIPTS.size();
  }

  /**
   * Applies the missing migrations.
   *
   * @throws StoreException when the store is newer than this code or a script fails
   */
  static void migrate(Connection connection, Clock clock) throws SQLException {
    if (hasVersionTable(connection) && current(connection) == latest()) {
      return; // the common case, and a reader's: no write lock needed
    }
    boolean autoCommit = connection.getAutoCommit();
    // One immediate transaction: the write lock is taken first, so when two processes open a new
    // store at once the second waits, then finds the schema current and applies nothing.
    connection.setAutoCommit(false);
    try {
      try (Statement st = connection.createStatement()) {
        st.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                + " script TEXT NOT NULL, applied_at TEXT NOT NULL)");
      }
      int current = current(connection);
      if (current > latest()) {
        throw new StoreException(
            "the store has schema version "
                + current
                + " but this Sitrep knows only up to "
                + latest()
                + "; use a newer Sitrep");
      }
      for (int version = current + 1; version <= latest(); version++) {
        apply(connection, version, clock);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean hasVersionTable(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
      return rs.next();
    }
  }

  static int current(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Applies one script inside the caller's transaction. */
  private static void apply(Connection connection, int version, Clock clock) throws SQLException {
    String script = SCRIPTS.get(version - 1);
    try (Statement st = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        st.execute(sql);
      }
      try (var insert =
          connection.prepareStatement(
              "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
        insert.setInt(1, version);
        insert.setString(2, script);
        insert.setString(3, clock.instant().toString());
        insert.executeUpdate();
      }
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("migration " + script + " failed: " + e.getMessage(), e);
    }
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new StoreException("missing migration script " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration script " + script, e);
    }
  }

  /** The script's statements: split on semicolons that end a line, comments dropped. */
  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
