package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.sitrep.export.AcledCsvExporter;
import org.sitrep.export.EventFieldValues;
import org.sitrep.export.GeoJsonExporter;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** {@code GET /events} and {@code GET /events/{id}}. */
final class EventsApi {
  /** The default page size. */
  static final int DEFAULT_LIMIT = 50;

  /** The most events an export format gives in one response. */
  static final int MAX_EXPORT = 100_000;

  private final Supplier<Snapshot> snapshot;
  private final SearchIndex search;
  private final int maxPageSize;

  EventsApi(Supplier<Snapshot> snapshot, SearchIndex search, int maxPageSize) {
    this.snapshot = snapshot;
    this.search = search;
    this.maxPageSize = maxPageSize;
  }

  /** The response formats of the list. */
  enum Format {
    JSON,
    GEOJSON,
    ACLED_CSV
  }

  static Format format(Context ctx) {
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank()) {
      String accept = ctx.header("Accept");
      return accept != null && accept.contains("application/geo+json")
          ? Format.GEOJSON
          : Format.JSON;
    }
    return switch (f.strip()) {
      case "json" -> Format.JSON;
      case "geojson" -> Format.GEOJSON;
      case "acled-csv" -> Format.ACLED_CSV;
      default -> throw ApiException.badParameter("format", "must be json, geojson or acled-csv");
    };
  }

  /** The events matching the request's filters, in the request's sort order. */
  List<Event> select(Snapshot s, EventQuery query, EventSort sort) {
    List<Event> out = new ArrayList<>();
    IntPredicate matcher = matcher(s, query);
    int[] order = s.columns.ascending.get(sort.key());
    for (int i = 0; i < order.length; i++) {
      int p = order[sort.descending() ? order.length - 1 - i : i];
      if (matcher.test(p)) {
        out.add(s.events.get(p));
      }
    }
    return out;
  }

  /** The query as a test of event positions in {@code s}, its text looked up in the index once. */
  IntPredicate matcher(Snapshot s, EventQuery query) {
    boolean[] text = null;
    if (query.hasText()) {
      text = new boolean[s.events.size()];
      for (String reportId : search.reportIds(query.text())) {
        String eventId = s.eventOfReport.get(reportId);
        Integer p = eventId == null ? null : s.positions.get(eventId);
        if (p != null) {
          text[p] = true;
        }
      }
    }
    return query.compile(s.columns, text);
  }

  void list(Context ctx) throws IOException {
    Snapshot s = snapshot.get();
    EventQuery query = EventQuery.parse(ctx::queryParam);
    EventSort sort = EventSort.parse(ctx.queryParam("sort"));
    Format format = format(ctx);
    if (format != Format.JSON) {
      export(ctx, s, query, sort, format);
      return;
    }
    int limit = Params.integer("limit", ctx.queryParam("limit"), 1, maxPageSize, DEFAULT_LIMIT);
    String fingerprint = query.fingerprint();
    String cursorValue = ctx.queryParam("cursor");
    Cursor cursor =
        cursorValue == null || cursorValue.isBlank()
            ? null
            : Cursor.decode(cursorValue, sort.code(), fingerprint);
    int[] order = s.columns.ascending.get(sort.key());
    String[] keys = s.columns.keys.get(sort.key());
    int start = cursor == null ? 0 : after(order, keys, s.events, sort, cursor);
    IntPredicate matcher = matcher(s, query);
    // The total counts every match; the page is the first `limit` matches after the cursor.
    int total = 0;
    List<Event> page = new ArrayList<>(limit);
    boolean more = false;
    for (int i = 0; i < order.length; i++) {
      int p = order[sort.descending() ? order.length - 1 - i : i];
      if (!matcher.test(p)) {
        continue;
      }
      total++;
      if (i >= start) {
        if (page.size() < limit) {
          page.add(s.events.get(p));
        } else {
          more = true;
        }
      }
    }
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    page.forEach(e -> items.add(Json.event(e)));
    body.put("total", total);
    body.put("limit", limit);
    if (more) {
      Event last = page.get(page.size() - 1);
      body.put(
          "next_cursor",
          new Cursor(sort.code(), fingerprint, EventSort.keyOf(sort.key(), last), last.id())
              .encode());
    } else {
      body.putNull("next_cursor");
    }
    Responses.json(ctx, body);
  }

  /** The position, in iteration order, of the first event after the cursor's. */
  private static int after(
      int[] order, String[] keys, List<Event> events, EventSort sort, Cursor cursor) {
    int lo = 0;
    int hi = order.length;
    // Binary search for the first event strictly above (key, id) in ascending order.
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = keys[order[mid]].compareTo(cursor.key());
      if (c == 0) {
        c = events.get(order[mid]).id().compareTo(cursor.id());
      }
      if (c <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (!sort.descending()) {
      return lo;
    }
    // Descending: events strictly below the cursor, i.e. ascending positions lo' - 1 down, where
    // lo' is the first position at or above the cursor.
    int firstAtOrAbove = lo;
    if (firstAtOrAbove > 0) {
      int p = order[firstAtOrAbove - 1];
      if (keys[p].equals(cursor.key()) && events.get(p).id().equals(cursor.id())) {
        firstAtOrAbove--;
      }
    }
    return order.length - firstAtOrAbove;
  }

  private void export(Context ctx, Snapshot s, EventQuery query, EventSort sort, Format format)
      throws IOException {
    List<Event> events = select(s, query, sort);
    if (events.size() > MAX_EXPORT) {
      throw new ApiException(
          413,
          "selection_too_large",
          events.size() + " events match; narrow the filters to at most " + MAX_EXPORT,
          null);
    }
    if (format == Format.GEOJSON) {
      ctx.contentType("application/geo+json; charset=utf-8");
    } else {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
    }
    Responses.secure(ctx);
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    if (format == Format.GEOJSON) {
      new GeoJsonExporter().write(events, s.lookup, out);
    } else {
      new AcledCsvExporter().write(events, s.lookup, out);
    }
    out.flush();
  }

  void detail(Context ctx) {
    Snapshot s = snapshot.get();
    String id = ctx.pathParam("id");
    Event e = s.eventsById.get(id);
    if (e == null) {
      throw ApiException.notFound("event", id);
    }
    ObjectNode body = Json.event(e);
    ArrayNode reports = body.putArray("reports");
    List<Report> members = new ArrayList<>();
    for (String reportId : e.reportIds()) {
      Report r = s.reportsById.get(reportId);
      if (r != null) {
        members.add(r);
        reports.add(Json.report(r, s.documents.get(r.documentId())));
      }
    }
    ArrayNode disagreements = body.putArray("disagreement_values");
    for (Event.Field field : e.disagreements()) {
      Map<String, List<Report>> byValue = new LinkedHashMap<>();
      for (Report r : members) {
        byValue.computeIfAbsent(EventFieldValues.of(field, r), k -> new ArrayList<>()).add(r);
      }
      ObjectNode d = disagreements.addObject();
      d.put("field", field.code());
      ArrayNode values = d.putArray("values");
      byValue.forEach(
          (value, rs) -> {
            ObjectNode v = values.addObject();
            v.put("value", value);
            v.set("report_ids", Json.strings(rs.stream().map(Report::id).toList()));
            v.set(
                "document_ids",
                Json.strings(rs.stream().map(Report::documentId).distinct().sorted().toList()));
          });
    }
    ObjectNode retaliation = body.putObject("retaliation");
    ArrayNode answers = retaliation.putArray("answers");
    Set<String> seen = new HashSet<>();
    seen.add(e.id());
    // Follow the chain back; a cycle in the data stops it rather than looping.
    for (String next = e.retaliationFor(); next != null && seen.add(next); ) {
      Event earlier = s.eventsById.get(next);
      if (earlier == null) {
        break;
      }
      answers.add(Json.eventRef(earlier));
      next = earlier.retaliationFor();
    }
    ArrayNode answeredBy = retaliation.putArray("answered_by");
    s.answeredBy.getOrDefault(e.id(), List.of()).forEach(a -> answeredBy.add(Json.eventRef(a)));
    Responses.json(ctx, body);
  }
}
