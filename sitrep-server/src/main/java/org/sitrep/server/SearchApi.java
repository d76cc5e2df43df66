package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** {@code GET /search?q=}: documents and evidence sentences that contain the words. */
final class SearchApi {
  private final Supplier<Snapshot> snapshot;
  private final SearchIndex index;

  SearchApi(Supplier<Snapshot> snapshot, SearchIndex index) {
    this.snapshot = snapshot;
    this.index = index;
  }

  void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiException.badParameter("q", "is required");
    }
    if (q.length() > EventQuery.MAX_VALUE) {
      throw ApiException.badParameter("q", "longer than " + EventQuery.MAX_VALUE + " characters");
    }
    int limit = Params.integer("limit", ctx.queryParam("limit"), 1, 100, 20);
    Snapshot s = snapshot.get();
    ObjectNode body = Json.object();
    body.put("query", q);
    ArrayNode documents = body.putArray("documents");
    for (SearchIndex.DocumentHit hit : index.documents(q, limit)) {
      ObjectNode n = documents.addObject();
      n.put("id", hit.id());
      n.put("title", hit.title());
      n.put("source", hit.source());
      n.put("snippet", hit.snippet());
    }
    ArrayNode evidence = body.putArray("evidence");
    for (SearchIndex.EvidenceHit hit : index.evidence(q, limit)) {
      ObjectNode n = evidence.addObject();
      n.put("report_id", hit.reportId());
      n.put("event_id", s.eventOfReport.get(hit.reportId()));
      n.put("document_id", hit.documentId());
      n.put("sentence", hit.sentence());
      ObjectNode span = n.putObject("span");
      span.put("begin", hit.begin());
      span.put("end", hit.end());
    }
    Responses.json(ctx, body);
  }
}
