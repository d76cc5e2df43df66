package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writing responses: JSON bodies and the headers every API response carries. */
final class Responses {
  private Responses() {}

  /** Headers that stop a browser from reading an API response as anything but data. */
  static void secure(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
  }

  static void json(Context ctx, String body) {
    secure(ctx);
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  static void json(Context ctx, JsonNode body) {
    secure(ctx);
    ctx.contentType("application/json; charset=utf-8").result(body.toString());
  }
}
