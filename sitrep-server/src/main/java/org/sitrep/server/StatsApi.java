package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

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
    String key = "stats?" + ctx.queryString();
    Responses.json(ctx, s.cached(key, () -> compute(ctx, s)));
  }

  private String compute(Context ctx, Snapshot s) {
    EventQuery query = EventQuery.parse(ctx::queryParam);
    java.util.function.IntPredicate matcher = events.matcher(s, query);
    EventColumns c = s.columns;
    int[] byTypeCode = new int[EventType.values().length];
    int[] bySubCode = new int[SubEventType.values().length];
    int[] byCountryCode = new int[c.countryNames.length + 1];
    Map<Integer, Integer> byMonthCode = new TreeMap<>();
    Map<Integer, int[]> byDayCode = new TreeMap<>();
    int count = 0;
    int undated = 0;
    for (int i = 0; i < c.size; i++) {
      if (!matcher.test(i)) {
        continue;
      }
      count++;
      byTypeCode[c.type[i]]++;
      bySubCode[c.subType[i]]++;
      byCountryCode[c.country[i] + 1]++;
      if (c.firstDay[i] == EventColumns.UNDATED) {
        undated++;
        continue;
      }
      if (c.month[i] >= 0) {
        byMonthCode.merge(c.month[i], 1, Integer::sum);
      }
      if (c.day[i] != EventColumns.UNDATED) {
        byDayCode.computeIfAbsent(c.day[i], k -> new int[byTypeCode.length])[c.type[i]]++;
      }
    }
    Map<String, Integer> byType = new HashMap<>();
    for (EventType t : EventType.values()) {
      if (byTypeCode[t.ordinal()] > 0) {
        byType.put(t.label(), byTypeCode[t.ordinal()]);
      }
    }
    Map<String, Integer> bySubType = new HashMap<>();
    for (SubEventType t : SubEventType.values()) {
      if (bySubCode[t.ordinal()] > 0) {
        bySubType.put(t.label(), bySubCode[t.ordinal()]);
      }
    }
    Map<String, Integer> byCountry = new HashMap<>();
    for (int k = 0; k < byCountryCode.length; k++) {
      if (byCountryCode[k] > 0) {
        byCountry.put(k == 0 ? "" : c.countryNames[k - 1], byCountryCode[k]);
      }
    }
    Map<String, Integer> byMonth = new TreeMap<>();
    byMonthCode.forEach(
        (m, v) -> byMonth.put(String.format(Locale.ROOT, "%04d-%02d", m / 100, m % 100), v));
    Map<String, Map<String, Integer>> byDayType = new TreeMap<>();
    byDayCode.forEach(
        (d, types) -> {
          Map<String, Integer> perType = new TreeMap<>();
          for (EventType t : EventType.values()) {
            if (types[t.ordinal()] > 0) {
              perType.put(t.label(), types[t.ordinal()]);
            }
          }
          byDayType.put(LocalDate.ofEpochDay(d).toString(), perType);
        });
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
    return body.toString();
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
