package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.store.SqliteDocumentStore;

/**
 * A bounded load over loopback: 100 concurrent clients reading {@code /events} pages and {@code
 * /events/{id}} from a synthetic store, for a fixed time; every response must be a 200, and the
 * figures are printed (no timed assertion). The full run is 100,000 events for 30 s: {@code
 * -Dsitrep.load.events=100000 -Dsitrep.load.seconds=30}; by default it is 10,000 events for 5 s so
 * that {@code mvn verify} stays short.
 */
class LoadIT {
  @Test
  void oneHundredClientsReadWithoutAnError() throws Exception {
    int events = Integer.getInteger("sitrep.load.events", 10_000);
    int seconds = Integer.getInteger("sitrep.load.seconds", 5);
    int clients = Integer.getInteger("sitrep.load.clients", 100);
    Path dir = Path.of("target", "load-store").toAbsolutePath();
    Files.createDirectories(dir);
    Path db = dir.resolve("synthetic-" + events + ".db");
    if (!Files.exists(db)) {
      SyntheticStore.write(db, events, 42);
    }
    List<String> ids;
    try (SqliteDocumentStore store = SqliteDocumentStore.open(db, Clock.systemUTC())) {
      ids = store.events().stream().map(Event::id).toList();
    }
    assertThat(ids).hasSize(events);
    try (SitrepServer server = SitrepServer.start(db, ServerOptions.defaults())) {
      LoadRun.Result result = LoadRun.run(server.url(), ids, clients, Duration.ofSeconds(seconds));
      System.out.printf(
          "load: %d clients, %,d events, %d s: %s%n", clients, events, seconds, result.summary());
      assertThat(result.requests()).isPositive();
      assertThat(result.errors()).isZero();
    }
  }
}
