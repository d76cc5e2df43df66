package org.sitrep.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server listens and what it allows.
 *
 * @param bind the address to listen on; 127.0.0.1 unless asked otherwise
 * @param port the port, or 0 for any free one
 * @param writeToken the bearer token that {@code POST /documents} must carry, or null when the
 *     server is read-only
 * @param maxBodyBytes the largest request body accepted
 * @param maxPageSize the largest page a list endpoint gives
 * @param queryTimeout how long one query may run before it is cancelled
 * @param maxConcurrentQueries how many API requests run at once; the rest wait their turn, so one
 *     slow request never holds every worker thread
 */
public record ServerOptions(
    String bind,
    int port,
    String writeToken,
    long maxBodyBytes,
    int maxPageSize,
    Duration queryTimeout,
    int maxConcurrentQueries) {
  public ServerOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("bad port " + port);
    }
  }

  /** Loopback, any free port, read-only, 10 MB bodies, pages of up to 500, 10 s per query. */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 0, null, 10L << 20, 500, Duration.ofSeconds(10), 8);
  }

  /** These options on another address and port. */
  public ServerOptions at(String newBind, int newPort) {
    return new ServerOptions(
        newBind,
        newPort,
        writeToken,
        maxBodyBytes,
        maxPageSize,
        queryTimeout,
        maxConcurrentQueries);
  }

  /** These options with a write token. */
  public ServerOptions withWriteToken(String token) {
    return new ServerOptions(
        bind, port, token, maxBodyBytes, maxPageSize, queryTimeout, maxConcurrentQueries);
  }

  /** These options with another body limit. */
  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(
        bind, port, writeToken, bytes, maxPageSize, queryTimeout, maxConcurrentQueries);
  }
}
