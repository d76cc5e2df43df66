package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.Detector;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.BatchExtract;
import org.sitrep.pipeline.BatchFuse;
import org.sitrep.pipeline.BatchIngest;
import org.sitrep.pipeline.ExtractionPipeline;
import org.sitrep.store.DocumentStore;

/**
 * {@code POST /documents}: ingests a JSON Lines body (or one JSON document), extracts and fuses,
 * then has the server reload what it shows. Refused unless the server has a write token and the
 * request carries it. Writes run one at a time.
 */
final class IngestApi {
  /** What the server does after a write: reload its snapshot. */
  @FunctionalInterface
  interface AfterWrite {
    int reload();
  }

  private final DocumentStore store;
  private final ServerOptions options;
  private final AfterWrite afterWrite;
  private final Object writeLock = new Object();
  private ExtractionPipeline pipeline;

  IngestApi(DocumentStore store, ServerOptions options, AfterWrite afterWrite) {
    this.store = store;
    this.options = options;
    this.afterWrite = afterWrite;
  }

  /**
   * Checks the bearer token: 403 when the server is read-only or the token is wrong, 401 when the
   * request has none.
   */
  void authorise(Context ctx) {
    if (options.writeToken() == null) {
      throw new ApiException(
          403, "read_only", "this server was started without --token-file; it is read-only", null);
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "writes need Authorization: Bearer TOKEN", null);
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = options.writeToken().getBytes(StandardCharsets.UTF_8);
    // Constant time, so the comparison does not tell how much of a guess was right.
    if (!MessageDigest.isEqual(given, expected)) {
      throw new ApiException(403, "forbidden", "the token is not this server's write token", null);
    }
  }

  void post(Context ctx) throws IOException {
    authorise(ctx);
    byte[] body = boundedBody(ctx);
    byte[] lines = asJsonLines(body, ctx.contentType());
    synchronized (writeLock) {
      Ingestor ingestor =
          Ingestor.standard(IngestConfig.DEFAULTS.withMaxBytes(options.maxBodyBytes()));
      Set<String> documents = new LinkedHashSet<>();
      int[] duplicates = {0};
      ArrayNode rejected = Json.array();
      try (InputStream in = new ByteArrayInputStream(lines)) {
        new BatchIngest(ingestor, store)
            .ingestJsonLines(
                in,
                "request",
                outcome -> {
                  if (outcome.rejected()) {
                    ObjectNode r = rejected.addObject();
                    r.put("source", outcome.source());
                    r.put("reason", outcome.rejection().reason().name().toLowerCase());
                    r.put("detail", outcome.rejection().detail());
                  } else {
                    switch (outcome.saved().status()) {
                      case UNCHANGED -> duplicates[0]++;
                      default -> documents.add(outcome.saved().documentId());
                    }
                  }
                });
      }
      int[] reports = {0};
      if (!documents.isEmpty()) {
        new BatchExtract(pipeline(), store).run((d, count) -> reports[0] += count);
        new BatchFuse(store).run();
      }
      int events = afterWrite.reload();
      ObjectNode result = Json.object();
      List<String> ids = new ArrayList<>(documents);
      result.set("documents", Json.strings(ids));
      result.put("duplicates", duplicates[0]);
      result.set("rejected", rejected);
      result.put("reports", reports[0]);
      result.put("events", events);
      Responses.json(ctx, result);
    }
  }

  /** The CoreNLP models load on the first write, not when a read-only server starts. */
  private ExtractionPipeline pipeline() {
    if (pipeline == null) {
      pipeline =
          ExtractionPipeline.standard(
              ExtractionPipeline.Annotation.TRIGGER_SENTENCES, Detector.STANDARD);
    }
    return pipeline;
  }

  /** The body, refused with 413 once it passes the limit (whatever Content-Length claims). */
  private byte[] boundedBody(Context ctx) throws IOException {
    long limit = options.maxBodyBytes();
    long declared = ctx.contentLength();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    }
  }

  private static ApiException tooLarge(long limit) {
    return new ApiException(
        413, "body_too_large", "the body is over the limit of " + limit + " bytes", null);
  }

  /**
   * One JSON object (Content-Type application/json) becomes one line; anything else is read as JSON
   * Lines, each line checked to be a JSON object.
   */
  private static byte[] asJsonLines(byte[] body, String contentType) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new ApiException(400, "bad_body", "the body is empty", null);
    }
    boolean single = contentType != null && contentType.startsWith("application/json");
    List<String> lines = single ? List.of(text) : text.lines().filter(l -> !l.isBlank()).toList();
    StringBuilder out = new StringBuilder();
    int number = 0;
    for (String line : lines) {
      number++;
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new ApiException(
            400, "bad_body", "line " + number + " is not JSON: " + e.getOriginalMessage(), null);
      }
      if (node == null || !node.isObject() || !node.hasNonNull("text")) {
        throw new ApiException(
            400, "bad_body", "line " + number + " is not a JSON object with a text field", null);
      }
      out.append(node.toString()).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
