package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.network.NetworkEvent;
import org.sitrep.network.Tie;

/** {@code GET /actors} and {@code GET /actors/{id}}. */
final class ActorsApi {
  /** The most events an actor's page lists; {@code events} gives the full count. */
  static final int MAX_EVENT_LIST = 1000;

  private final Supplier<Snapshot> snapshot;
  private final int maxPageSize;

  ActorsApi(Supplier<Snapshot> snapshot, int maxPageSize) {
    this.snapshot = snapshot;
    this.maxPageSize = maxPageSize;
  }

  void list(Context ctx) {
    Snapshot s = snapshot.get();
    String q = ctx.queryParam("q");
    if (q != null && q.length() > EventQuery.MAX_VALUE) {
      throw ApiException.badParameter("q", "longer than " + EventQuery.MAX_VALUE + " characters");
    }
    String wanted = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    ActorKind kind = kind(ctx.queryParam("kind"));
    int limit =
        Params.integer("limit", ctx.queryParam("limit"), 1, maxPageSize, EventsApi.DEFAULT_LIMIT);
    String fingerprint = Integer.toHexString(java.util.Objects.hash(wanted, kind));
    String cursorValue = ctx.queryParam("cursor");
    int offset = 0;
    if (cursorValue != null && !cursorValue.isBlank()) {
      Cursor c = Cursor.decode(cursorValue, "actors", fingerprint);
      offset = Params.integer("cursor", c.key(), 0, Integer.MAX_VALUE);
    }
    List<Actor> matches = new ArrayList<>();
    for (Actor a : s.actors) {
      if (kind != null && a.kind() != kind) {
        continue;
      }
      if (wanted != null
          && !a.id().toLowerCase(Locale.ROOT).equals(wanted)
          && !a.name().toLowerCase(Locale.ROOT).contains(wanted)
          && a.aliases().stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).contains(wanted))) {
        continue;
      }
      matches.add(a);
    }
    matches.sort(
        Comparator.comparingInt((Actor a) -> -s.eventCount(a.id()))
            .thenComparing(Actor::name)
            .thenComparing(Actor::id));
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    int end = Math.min(matches.size(), offset + limit);
    for (int i = offset; i < end; i++) {
      items.add(summary(matches.get(i), s));
    }
    body.put("total", matches.size());
    body.put("limit", limit);
    if (end < matches.size()) {
      body.put(
          "next_cursor", new Cursor("actors", fingerprint, Integer.toString(end), "").encode());
    } else {
      body.putNull("next_cursor");
    }
    Responses.json(ctx, body);
  }

  private static ActorKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (ActorKind k : ActorKind.values()) {
      if (k.code().equalsIgnoreCase(value.strip()) || k.name().equalsIgnoreCase(value.strip())) {
        return k;
      }
    }
    throw ApiException.badParameter("kind", "not an actor kind, e.g. rebel group");
  }

  private static ObjectNode summary(Actor a, Snapshot s) {
    ObjectNode n = summary(a.ref(), s);
    n.put("kind", a.kind().code());
    n.put("country", a.country());
    n.set("aliases", Json.strings(a.aliases()));
    return n;
  }

  /** An actor known only by the name events or relations give it: no kind, country or alias. */
  private static ObjectNode summary(ActorRef ref, Snapshot s) {
    ObjectNode n = Json.object();
    n.put("id", ref.id());
    n.put("name", ref.name());
    n.putNull("kind");
    n.putNull("country");
    n.set("aliases", Json.array());
    n.put("events", s.eventCount(ref.id()));
    return n;
  }

  void detail(Context ctx) {
    Snapshot s = snapshot.get();
    String id = ctx.pathParam("id");
    Responses.json(ctx, s.cached("actor\u0000" + id, () -> compute(s, id)));
  }

  private String compute(Snapshot s, String id) {
    Actor actor = s.actorsById.get(id);
    ObjectNode body;
    if (actor != null) {
      body = summary(actor, s);
      body.put("parent", actor.parent());
    } else {
      // An actor that events or relations name but the store does not hold has a page too.
      ActorRef ref = s.network.name(id).orElseThrow(() -> ApiException.notFound("actor", id));
      body = summary(ref, s);
      body.putNull("parent");
    }
    ArrayNode relations = body.putArray("relations");
    for (Relation r : s.network.relations(id)) {
      ObjectNode n = relations.addObject();
      n.put("id", r.id());
      n.put("type", r.type().code());
      n.set("subject", Json.ref(r.subject()));
      n.set("object", Json.ref(r.object()));
      n.put("prior", r.prior());
      n.put("document_id", r.documentId());
      n.put("evidence", r.evidence());
      n.set("span", Json.span(r.span()));
    }
    ArrayNode coActors = body.putArray("co_actors");
    for (Tie t : s.network.ties(id)) {
      if (t.relation() != null) {
        continue;
      }
      String other = t.source().equals(id) ? t.target() : t.source();
      ObjectNode n = coActors.addObject();
      n.set("actor", Json.ref(s.network.name(other).orElse(new ActorRef(other, other))));
      n.put("kind", s.network.kind(other).map(ActorKind::code).orElse(null));
      n.put("events", t.events());
      n.put("documents", t.documents());
    }
    ArrayNode events = body.putArray("event_list");
    List<NetworkEvent> list = s.network.events(id);
    for (int i = 0; i < Math.min(list.size(), MAX_EVENT_LIST); i++) {
      Event e = s.eventsById.get(list.get(i).id());
      if (e != null) {
        events.add(Json.eventRef(e));
      }
    }
    return body.toString();
  }
}
