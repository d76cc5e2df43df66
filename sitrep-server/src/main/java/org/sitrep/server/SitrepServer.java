package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sitrep.store.SqliteDocumentStore;

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

  private final Javalin app;
  private final String host;

  private SitrepServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts serving {@code store} as {@code options} say; returns once the port is bound.
   *
   * @throws IllegalStateException when the port cannot be bound
   */
  public static SitrepServer start(SqliteDocumentStore store, ServerOptions options) {
    ObjectMapper json = new ObjectMapper();
    byte[] openApi = resource("openapi.json");
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = options.bind();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxBodyBytes();
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                  });
              config.routes.get(
                  API + "/openapi.json",
                  ctx -> ctx.contentType("application/json").result(openApi));
              config.routes.exception(
                  ApiException.class, (e, ctx) -> error(ctx, json, e.status(), e.error(), e));
            });
    app.start();
    return new SitrepServer(app, options.bind());
  }

  private static void error(
      Context ctx, ObjectMapper json, int status, String error, ApiException e) {
    ObjectNode body = json.createObjectNode();
    body.put("error", error);
    body.put("detail", e.getMessage());
    if (e.parameter() != null) {
      body.put("parameter", e.parameter());
    }
    ctx.status(status).contentType("application/json").result(body.toString());
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

  /** The address it listens on, as a base URL. */
  public String url() {
    return "http://" + host + ":" + port();
  }

  /** Stops serving; in-flight requests finish first. */
  @Override
  public void close() {
    app.stop();
  }
}
