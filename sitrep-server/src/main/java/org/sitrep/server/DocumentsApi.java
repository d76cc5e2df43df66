package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/** {@code GET /documents/{id}}: a document's metadata, cleaned text and the spans read from it. */
final class DocumentsApi {
  private final Supplier<Snapshot> snapshot;
  private final DocumentStore store;

  DocumentsApi(Supplier<Snapshot> snapshot, DocumentStore store) {
    this.snapshot = snapshot;
    this.store = store;
  }

  void detail(Context ctx) {
    String id = ctx.pathParam("id");
    // The store also finds a document by its source; the API names documents by id only.
    StoredDocument d =
        store
            .document(id)
            .filter(found -> found.id().equals(id))
            .orElseThrow(() -> ApiException.notFound("document", id));
    Snapshot s = snapshot.get();
    ObjectNode body = Json.object();
    body.put("id", d.id());
    body.put("source", d.source());
    body.put("origin", d.origin());
    body.put("version", d.version());
    body.put("title", d.metadata().title());
    body.put("author", d.metadata().author());
    body.put("url", d.metadata().url());
    body.put("published", d.metadata().published());
    body.put("language", d.language());
    body.put("media_type", d.mediaType());
    body.put("ingested_at", d.ingestedAt());
    body.put("text", d.text());
    record Mark(String kind, String id, int begin, int end, String eventId) {}
    List<Mark> marks = new ArrayList<>();
    for (Report r : s.reportsByDocument.getOrDefault(id, List.of())) {
      marks.add(
          new Mark(
              "report", r.id(), r.span().begin(), r.span().end(), s.eventOfReport.get(r.id())));
    }
    for (Relation r : s.relationsByDocument.getOrDefault(id, List.of())) {
      if (r.span() != null) {
        marks.add(new Mark("relation", r.id(), r.span().begin(), r.span().end(), null));
      }
    }
    marks.sort(
        Comparator.comparingInt(Mark::begin).thenComparing(Mark::kind).thenComparing(Mark::id));
    ArrayNode spans = body.putArray("spans");
    int length = d.text().length();
    for (Mark m : marks) {
      // A span read from an older version of the text may not fit the current one: leave it out.
      if (m.end() <= length) {
        ObjectNode n = spans.addObject();
        n.put("kind", m.kind());
        n.put("id", m.id());
        n.put("begin", m.begin());
        n.put("end", m.end());
        n.put("event_id", m.eventId());
      }
    }
    Responses.json(ctx, body);
  }
}
