package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.store.SqliteDocumentStore;

/** A write by another process (here another connection, as the CLI's) shows up without restart. */
class ReloadIT {
  @Test
  void anEventRemovedByAnotherWriterDisappearsFromTheApi() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "reload-it");
    Path db = DemoStore.copyTo(dir);
    try (SitrepServer server = SitrepServer.start(db, ServerOptions.defaults())) {
      Http http = new Http(server.url() + "/api/v1");
      int before = http.get("/events?limit=1").json().get("total").asInt();
      String id = http.get("/events?limit=1").json().get("items").get(0).get("id").asText();
      try (SqliteDocumentStore other = SqliteDocumentStore.open(db, Clock.systemUTC())) {
        other.saveFusion(List.of(id), List.of(), Map.of());
      }
      // The server checks every few seconds; poll (bounded) rather than sleep a fixed time.
      int after = before;
      for (int i = 0; i < 600 && after == before; i++) {
        Thread.sleep(100);
        after = http.get("/events?limit=1").json().get("total").asInt();
      }
      assertThat(after).isEqualTo(before - 1);
      assertThat(http.get("/events/" + id).status()).isEqualTo(404);
    }
  }
}
