package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/** The API's JSON shapes of model values, as {@code openapi.json} describes them. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ObjectNode ref(ActorRef ref) {
    if (ref == null) {
      return null;
    }
    ObjectNode n = object();
    n.put("id", ref.id());
    n.put("name", ref.name());
    return n;
  }

  static ArrayNode refs(List<ActorRef> refs) {
    ArrayNode a = array();
    refs.forEach(r -> a.add(ref(r)));
    return a;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  static ObjectNode location(Location l) {
    if (l == null) {
      return null;
    }
    ObjectNode n = object();
    n.put("name", l.name());
    n.put("country", l.country());
    n.put("admin1", l.admin1());
    n.put("lat", l.lat());
    n.put("lon", l.lon());
    n.put("precision", l.precision());
    n.put("geonames_id", l.geonamesId());
    return n;
  }

  static ObjectNode span(Span s) {
    if (s == null) {
      return null;
    }
    ObjectNode n = object();
    n.put("begin", s.begin());
    n.put("end", s.end());
    return n;
  }

  static ObjectNode count(Count c) {
    if (c == null) {
      return null;
    }
    ObjectNode n = object();
    n.put("value", c.value());
    n.put("qualifier", c.qualifier() == null ? "exact" : c.qualifier().code());
    return n;
  }

  /** An event as lists show it. */
  static ObjectNode event(Event e) {
    ObjectNode n = object();
    n.put("id", e.id());
    n.put("date", e.date().iso());
    n.put("date_end", e.date().isoEnd());
    n.put("date_precision", e.date().precision() == null ? null : e.date().precision().code());
    n.put("event_type", e.eventType().label());
    n.put("sub_event_type", e.subEventType().label());
    n.set("actor1", ref(e.actor1()));
    n.set("actor2", ref(e.actor2()));
    n.set("location", location(e.location()));
    Event.Fatalities f = e.fatalities();
    if (f == null) {
      n.putNull("fatalities");
    } else {
      ObjectNode fn = n.putObject("fatalities");
      fn.put("low", f.low());
      fn.put("best", f.best());
      fn.put("high", f.high());
    }
    n.put("sources", e.sources());
    n.set("document_ids", strings(e.documentIds()));
    n.set("report_ids", strings(e.reportIds()));
    ArrayNode claims = n.putArray("claims");
    for (Event.Claim c : e.claims()) {
      ObjectNode cn = claims.addObject();
      cn.set("actor", ref(c.actor()));
      cn.set("report_ids", strings(c.reportIds()));
    }
    n.put("retaliation_for", e.retaliationFor());
    ArrayNode dis = n.putArray("disagreements");
    e.disagreements().forEach(d -> dis.add(d.code()));
    return n;
  }

  /** An event as a link to it. */
  static ObjectNode eventRef(Event e) {
    ObjectNode n = object();
    n.put("id", e.id());
    n.put("date", e.date().iso());
    n.put("sub_event_type", e.subEventType().label());
    n.set("actor1", ref(e.actor1()));
    n.set("actor2", ref(e.actor2()));
    return n;
  }

  /** A report with the evidence every one of its fields was read from. */
  static ObjectNode report(Report r, Snapshot.DocumentName document) {
    ObjectNode n = object();
    n.put("id", r.id());
    n.put("document_id", r.documentId());
    n.put("document_title", document == null ? null : document.title());
    n.put("document_source", document == null ? null : document.source());
    n.put("evidence", r.evidence());
    n.set("span", span(r.span()));
    n.put("date", r.date().iso());
    n.put("date_end", r.date().isoEnd());
    n.put("date_precision", r.date().precision() == null ? null : r.date().precision().code());
    n.put("event_type", r.eventType().label());
    n.put("sub_event_type", r.subEventType().label());
    n.set("actor1", ref(r.actor1()));
    n.set("actor2", ref(r.actor2()));
    n.set("assoc_actors", refs(r.assocActors()));
    n.set("location", location(r.location()));
    n.set("fatalities", count(r.fatalities()));
    n.set("injuries", count(r.injuries()));
    n.set("claimed_by", refs(r.claimedBy()));
    n.put("modality", r.modality().code());
    n.put("retaliation_for", r.retaliationFor());
    n.put("confidence", r.confidence());
    return n;
  }
}
