package org.sitrep.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load: {@code clients} concurrent clients, each in a loop of {@code GET /events} pages
 * (filtered in turn by country, type, year and actor) and {@code GET /events/{id}}, until {@code
 * duration} has passed. Counts errors (any status but 200, any failure) and keeps every response
 * time. Loopback only: it talks to the base URL it is given.
 */
final class LoadRun {
  /** What a run measured. */
  record Result(long requests, long errors, double seconds, Latencies latencies) {
    double perSecond() {
      return requests / seconds;
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "%d requests in %.1f s: %.0f requests/s, %d errors; %s",
          requests,
          seconds,
          perSecond(),
          errors,
          latencies.summary());
    }
  }

  private LoadRun() {}

  static Result run(String baseUrl, List<String> eventIds, int clients, Duration duration)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    String[] filters = {
      "",
      "?country=Eastmark",
      "?type=Battles&limit=100",
      "?from=2022&to=2022-06",
      "?actor=Synthetic%20Group%2017",
      "?min_sources=2&sort=-fatalities",
      "?bbox=10,10,30,30&sort=date"
    };
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Latencies>> futures = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(client);
                Latencies mine = new Latencies();
                int n = 0;
                while (System.nanoTime() < deadline) {
                  String path =
                      n++ % 2 == 0
                          ? "/api/v1/events" + filters[random.nextInt(filters.length)]
                          : "/api/v1/events/" + eventIds.get(random.nextInt(eventIds.size()));
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(baseUrl + path))
                          .timeout(Duration.ofSeconds(60))
                          .GET()
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                  }
                  mine.add(System.nanoTime() - t0);
                }
                return mine;
              }));
    }
    Latencies all = new Latencies();
    for (Future<Latencies> f : futures) {
      all.addAll(f.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    return new Result(all.count(), errors.get(), seconds, all);
  }
}
