package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes writing to one store: both finish, nothing lost, the schema migrated once. */
class TwoWritersTest {
  private static final int DOCUMENTS = 150;

  @TempDir Path dir;

  private Process writer(Path store, String name) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            StoreWriterProcess.class.getName(),
            store.toString(),
            name,
            String.valueOf(DOCUMENTS))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  @Test
  void twoWritersOnANewStoreBothFinishAndEveryDocumentIsKept() throws Exception {
    Path store = dir.resolve("shared.db");
    List<Process> writers = new ArrayList<>();
    for (String name : List.of("alpha", "bravo", "charlie")) {
      writers.add(writer(store, name));
    }

    List<Integer> exits = new ArrayList<>();
    for (Process p : writers) {
      exits.add(p.waitFor());
    }

    String logs =
        Files.readString(dir.resolve("alpha.log"))
            + Files.readString(dir.resolve("bravo.log"))
            + Files.readString(dir.resolve("charlie.log"));
    assertThat(exits).as(logs).containsOnly(0);
    assertThat(logs).doesNotContain("SQLITE_BUSY");
    try (SqliteDocumentStore opened = SqliteDocumentStore.open(store, Clock.systemUTC())) {
      assertThat(opened.documents()).hasSize(3 * DOCUMENTS);
      assertThat(opened.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).as("each migration applied once").isEqualTo(Migrations.latest());
    }
  }
}
