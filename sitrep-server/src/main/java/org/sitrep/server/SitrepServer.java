package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitrep.store.SqliteDocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api/v1} and the analyst's page from the jar's {@code
 * /org/sitrep/server/web/} folder at {@code /}. Start with {@link #start}, stop with {@link
 * #close}.
 */
public final class SitrepServer implements AutoCloseable {
  /** Where the API lives. */
  public static final String API = "/api/v1";

  /** The classpath folder the page is served from. */
  static final String WEB = "/org/sitrep/server/web";

  /** How often the store is checked for writes by other processes. */
  static final long RELOAD_CHECK_SECONDS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);

  private final Javalin app;
  private final String host;
  private final SqliteDocumentStore store;
  private final SearchIndex search;
  private final ScheduledExecutorService watcher;

  private SitrepServer(
      Javalin app,
      String host,
      SqliteDocumentStore store,
      SearchIndex search,
      ScheduledExecutorService watcher) {
    this.app = app;
    this.host = host;
    this.store = store;
    this.search = search;
    this.watcher = watcher;
  }

  /**
   * Reloads the snapshot when another process (the CLI extracting or fusing) has written to the
   * store, checked every few seconds, so the API shows whatever the store holds without a restart.
   */
  private static ScheduledExecutorService watch(SnapshotHolder current) {
    ScheduledExecutorService watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sitrep-store-watcher");
              t.setDaemon(true);
              return t;
            });
    watcher.scheduleWithFixedDelay(
        () -> {
          try {
            current.reloadIfChanged();
          } catch (RuntimeException e) {
            LOG.warn("cannot check the store for changes: {}", e.getMessage());
          }
        },
        RELOAD_CHECK_SECONDS,
        RELOAD_CHECK_SECONDS,
        TimeUnit.SECONDS);
    return watcher;
  }

  /**
   * Opens the store in {@code db} (migrating it, which adds the search index to an older store) and
   * starts serving it as {@code options} say; returns once the port is bound. Closing the server
   * closes the store.
   *
   * @throws IllegalStateException when the port cannot be bound
   */
  public static SitrepServer start(Path db, ServerOptions options) {
    SqliteDocumentStore store = SqliteDocumentStore.open(db, Clock.systemUTC());
    SearchIndex search = new SearchIndex(db, 4, options.queryTimeout());
    SnapshotHolder current = new SnapshotHolder(store, search);
    EventsApi events = new EventsApi(current::get, search, options.maxPageSize());
    ActorsApi actors = new ActorsApi(current::get, options.maxPageSize());
    NetworkApi network = new NetworkApi(current::get);
    DocumentsApi documents = new DocumentsApi(current::get, store);
    SearchApi searchApi = new SearchApi(current::get, search);
    StatsApi stats = new StatsApi(current::get, events);
    IngestApi ingest = new IngestApi(store, options, current::reload);
    ScheduledExecutorService watcher = watch(current);
    byte[] openApi = resource("openapi.json");
    // Light requests share many permits; the heavy ones (whole-selection exports, networks over a
    // date range) share two, so a few of them cannot take every core from the rest.
    Semaphore light = new Semaphore(options.maxConcurrentQueries() * 4);
    Semaphore heavy = new Semaphore(2);
    long wait = options.queryTimeout().toMillis();
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = options.bind();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxBodyBytes();
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.router.ignoreTrailingSlashes = true;
              HostCheck hosts = new HostCheck(options.bind());
              config.routes.before(hosts::check);
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                  });
              config.routes.get(
                  API + "/openapi.json",
                  ctx -> {
                    Responses.secure(ctx);
                    ctx.contentType("application/json").result(openApi);
                  });
              config.routes.get(
                  API + "/events",
                  guard(
                      ctx -> EventsApi.format(ctx) == EventsApi.Format.JSON ? light : heavy,
                      wait,
                      events::list));
              config.routes.get(API + "/events/{id}", guard(ctx -> light, wait, events::detail));
              config.routes.get(API + "/actors", guard(ctx -> light, wait, actors::list));
              config.routes.get(API + "/actors/{id}", guard(ctx -> light, wait, actors::detail));
              config.routes.get(
                  API + "/network",
                  guard(
                      ctx ->
                          ctx.queryParam("from") != null || ctx.queryParam("to") != null
                              ? heavy
                              : light,
                      wait,
                      network::network));
              config.routes.get(
                  API + "/documents/{id}", guard(ctx -> light, wait, documents::detail));
              config.routes.post(API + "/documents", ingest::post);
              config.routes.get(API + "/search", guard(ctx -> light, wait, searchApi::search));
              config.routes.get(API + "/stats", guard(ctx -> light, wait, stats::stats));
              config.routes.exception(
                  ApiException.class,
                  (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage(), e.parameter()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      error(ctx, e.getStatus(), errorName(e.getStatus()), e.getMessage(), null));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("request {} failed", ctx.path(), e);
                    error(ctx, 500, "internal", "the server failed; see its log", null);
                  });
              // Unknown API paths and methods answer in the API's JSON; the page's own 404s stay.
              config.http.prefer405over404 = true;
              for (int status : new int[] {404, 405}) {
                config.routes.error(
                    status,
                    ctx -> {
                      String type = ctx.res().getContentType();
                      if (ctx.path().startsWith(API)
                          && (type == null || !type.startsWith("application/json"))) {
                        error(
                            ctx,
                            ctx.statusCode(),
                            ctx.statusCode() == 404 ? "not_found" : "method_not_allowed",
                            "no " + ctx.method() + " " + ctx.path() + " in this API",
                            null);
                      }
                    });
              }
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      watcher.shutdownNow();
      search.close();
      store.close();
      throw new IllegalStateException(
          "cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
    }
    return new SitrepServer(app, options.bind(), store, search, watcher);
  }

  /** Which semaphore a request takes. */
  @FunctionalInterface
  private interface Gate {
    Semaphore of(Context ctx);
  }

  /** Runs {@code handler} holding a permit of the gate's pool (see {@link Permits}). */
  private static Handler guard(Gate gate, long waitMillis, Handler handler) {
    return ctx -> Permits.run(gate.of(ctx), waitMillis, () -> handler.handle(ctx));
  }

  private static String errorName(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "body_too_large";
      default -> "http_" + status;
    };
  }

  private static void error(
      Context ctx, int status, String error, String detail, String parameter) {
    ObjectNode body = Json.object();
    body.put("error", error);
    body.put("detail", detail);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    Responses.secure(ctx);
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
  }

  private static byte[] resource(String name) {
    try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The address it listens on, as a base URL without a trailing slash. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  /** Stops serving and closes the store; in-flight requests finish first. */
  @Override
  public void close() {
    app.stop();
    watcher.shutdownNow();
    search.close();
    store.close();
  }
}
