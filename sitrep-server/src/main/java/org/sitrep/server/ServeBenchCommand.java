package org.sitrep.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.sitrep.model.Event;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve-bench}: latency of the API's main queries over synthetic stores of 10,000 and
 * 100,000 events, one request at a time over loopback, after a warm-up; optionally a load run.
 */
@Command(
    name = "serve-bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure p50/p95/p99 latency of the API's main queries on synthetic stores",
      "(default 10,000 and 100,000 events), one request at a time over loopback."
    })
final class ServeBenchCommand implements Callable<Integer> {
  @Option(
      names = "--events",
      split = ",",
      description = "Store sizes (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000,100000")
  List<Integer> sizes;

  @Option(
      names = "--requests",
      description = "Requests per query (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int requests;

  @Option(
      names = "--dir",
      description = "Where the synthetic stores are kept and reused (default: a temporary folder).")
  Path dir;

  @Option(
      names = "--load-seconds",
      description =
          "After the latencies, run 100 concurrent clients for this many seconds on the largest"
              + " store (default: ${DEFAULT-VALUE}, no load run).",
      defaultValue = "0")
  int loadSeconds;

  @Override
  public Integer call() throws Exception {
    Path folder = dir != null ? dir : Files.createTempDirectory("sitrep-serve-bench");
    Files.createDirectories(folder);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT, "serve-bench: %d cores, %d requests per query%n", cores, requests);
    for (int size : sizes) {
      Path db = folder.resolve("synthetic-" + size + ".db");
      if (!Files.exists(db)) {
        long t0 = System.nanoTime();
        SyntheticStore.write(db, size, 42);
        System.out.printf(
            Locale.ROOT,
            "  wrote %,d synthetic events in %.1f s%n",
            size,
            (System.nanoTime() - t0) / 1e9);
      }
      long t0 = System.nanoTime();
      try (SitrepServer server = SitrepServer.start(db, ServerOptions.defaults())) {
        System.out.printf(
            Locale.ROOT,
            "  %,d events: server up in %.1f s%n",
            size,
            (System.nanoTime() - t0) / 1e9);
        List<String> ids = eventIds(db);
        bench(server.url(), ids);
        if (loadSeconds > 0 && size == sizes.get(sizes.size() - 1)) {
          LoadRun.Result load =
              LoadRun.run(server.url(), ids, 100, Duration.ofSeconds(loadSeconds));
          System.out.printf(
              Locale.ROOT, "  load, 100 clients, %,d events: %s%n", size, load.summary());
        }
      }
    }
    return 0;
  }

  private static List<String> eventIds(Path db) {
    try (SqliteDocumentStore store = SqliteDocumentStore.open(db, java.time.Clock.systemUTC())) {
      return store.events().stream().map(Event::id).toList();
    }
  }

  private void bench(String base, List<String> ids) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    SplittableRandom random = new SplittableRandom(7);
    String api = base + "/api/v1";
    String[] countries = {"Northland", "Eastmark", "Southvale", "Westreach", "Midfield"};
    Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
    queries.put("events, first page (50, newest first)", i -> api + "/events");
    queries.put(
        "events, filtered page (country, type, year)",
        i -> api + "/events?country=" + countries[i % 5] + "&type=Battles&date=" + (2020 + i % 5));
    queries.put(
        "events, filtered by actor and min_sources",
        i -> api + "/events?actor=" + enc("Synthetic Group " + (i % 200)) + "&min_sources=2");
    queries.put(
        "events, filtered by text (FTS5)",
        i -> api + "/events?q=" + enc("Town " + (i % 400)) + "&limit=50");
    queries.put("events/{id}", i -> api + "/events/" + enc(ids.get(random.nextInt(ids.size()))));
    queries.put("stats (no filter)", i -> api + "/stats");
    queries.put("actors, first page", i -> api + "/actors");
    queries.put("actors/{id}", i -> api + "/actors/syn-" + (i % 200));
    queries.put("network (300 nodes)", i -> api + "/network");
    queries.put("search", i -> api + "/search?q=" + enc("Town " + (i % 400)));
    for (Map.Entry<String, IntFunction<String>> q : queries.entrySet()) {
      for (int i = 0; i < Math.max(5, requests / 10); i++) {
        get(http, q.getValue().apply(i));
      }
      Latencies latencies = new Latencies();
      for (int i = 0; i < requests; i++) {
        String url = q.getValue().apply(i);
        long t0 = System.nanoTime();
        get(http, url);
        latencies.add(System.nanoTime() - t0);
      }
      System.out.printf(Locale.ROOT, "    %-45s %s%n", q.getKey(), latencies.summary());
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
  }
}
