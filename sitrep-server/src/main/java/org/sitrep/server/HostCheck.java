package org.sitrep.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests to a loopback-bound server whose Host header names another host: a web page
 * elsewhere that rebinds its own name to 127.0.0.1 (DNS rebinding) could otherwise read the API
 * from the analyst's browser. A server bound to another address accepts any host.
 */
final class HostCheck {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final boolean active;

  HostCheck(String bind) {
    this.active = LOOPBACK.contains(bind.toLowerCase(Locale.ROOT));
  }

  void check(Context ctx) {
    if (!active) {
      return;
    }
    String host = ctx.header("Host");
    if (host == null || !LOOPBACK.contains(hostName(host))) {
      throw new ApiException(
          403,
          "bad_host",
          "this server answers only requests addressed to 127.0.0.1 or localhost",
          null);
    }
  }

  /** The host part of a Host header, without the port. */
  static String hostName(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
