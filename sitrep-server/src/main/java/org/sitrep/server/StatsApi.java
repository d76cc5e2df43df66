package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.sitrep.model.Event;

/** {@code GET /stats}: counts of the events the filters select, for the page's charts. */
final class StatsApi {
  private final Supplier<Snapshot> snapshot;
  private final EventsApi events;

  StatsApi(Supplier<Snapshot> snapshot, EventsApi events) {
    this.snapshot = snapshot;
    this.events = events;
  }

  void stats(Context ctx) {
    Snapshot s = snapshot.get();
    EventQuery query = EventQuery.parse(ctx::queryParam);
    EventsApi.Matcher matcher = events.matcher(s, query);
    Map<String, Integer> byType = new HashMap<>();
    Map<String, Integer> bySubType = new HashMap<>();
    Map<String, Integer> byCountry = new HashMap<>();
    Map<String, Integer> byMonth = new TreeMap<>();
    Map<String, Map<String, Integer>> byDayType = new TreeMap<>();
    int count = 0;
    int undated = 0;
    for (Event e : s.events) {
      if (!matcher.test(e)) {
        continue;
      }
      count++;
      byType.merge(e.eventType().label(), 1, Integer::sum);
      bySubType.merge(e.subEventType().label(), 1, Integer::sum);
      String country = e.location() == null ? null : e.location().country();
      byCountry.merge(country == null ? "" : country, 1, Integer::sum);
      String iso = e.date().iso();
      if (iso == null || iso.startsWith("--")) {
        undated++;
        continue;
      }
      if (iso.length() >= 7) {
        byMonth.merge(iso.substring(0, 7), 1, Integer::sum);
      }
      if (iso.length() == 10) {
        byDayType
            .computeIfAbsent(iso, k -> new TreeMap<>())
            .merge(e.eventType().label(), 1, Integer::sum);
      }
    }
    ObjectNode body = Json.object();
    body.put("events", count);
    body.put("documents", s.documents.size());
    body.put("actors", s.actors.size());
    body.set("by_type", byCount(byType));
    body.set("by_sub_type", byCount(bySubType));
    body.set("by_country", byCount(byCountry));
    ArrayNode months = body.putArray("by_month");
    byMonth.forEach(
        (k, v) -> {
          ObjectNode n = months.addObject();
          n.put("key", k);
          n.put("count", v);
        });
    ArrayNode days = body.putArray("by_day_type");
    byDayType.forEach(
        (day, types) ->
            types.forEach(
                (type, v) -> {
                  ObjectNode n = days.addObject();
                  n.put("date", day);
                  n.put("event_type", type);
                  n.put("count", v);
                }));
    body.put("undated", undated);
    Responses.json(ctx, body);
  }

  /** Most first, then by key; an unknown key (empty) is written as null. */
  private static ArrayNode byCount(Map<String, Integer> counts) {
    ArrayNode a = Json.array();
    List<Map.Entry<String, Integer>> entries =
        counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Integer> en) -> -en.getValue())
                    .thenComparing(Map.Entry::getKey))
            .toList();
    for (Map.Entry<String, Integer> en : entries) {
      ObjectNode n = a.addObject();
      n.put("key", en.getKey().isEmpty() ? null : en.getKey());
      n.put("count", en.getValue());
    }
    return a;
  }
}
