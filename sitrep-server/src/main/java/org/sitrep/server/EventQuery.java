package org.sitrep.server;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventFilter;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * The filters of {@code /events} and {@code /stats}, parsed and checked: each bad value is refused
 * naming its parameter. Values are only ever compared in memory, never put into SQL; the text
 * filter reaches SQLite as a bound parameter.
 *
 * @param dates date range, country and minimum sources, as the CLI's filter applies them
 * @param admin1 first-level region, lower case, or null
 * @param actor the actor text, lower case, or null
 * @param type event type, or null
 * @param subType sub-event type, or null
 * @param bbox min lon, min lat, max lon, max lat, or null
 * @param text words to find in the evidence, or null
 */
record EventQuery(
    EventFilter dates,
    String admin1,
    String actor,
    EventType type,
    SubEventType subType,
    double[] bbox,
    String text) {
  /** Longest text a filter value may have. */
  static final int MAX_VALUE = 200;

  /** Reads the filters from query parameters ({@code param} gives a parameter's value or null). */
  static EventQuery parse(Function<String, String> param) {
    LocalDate from = null;
    LocalDate to = null;
    String date = value(param, "date");
    if (date != null) {
      Period p = Period.parse("date", date);
      from = p.first();
      to = p.last();
    }
    String fromValue = value(param, "from");
    if (fromValue != null) {
      from = Period.parse("from", fromValue).first();
    }
    String toValue = value(param, "to");
    if (toValue != null) {
      to = Period.parse("to", toValue).last();
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter("from", "is after to");
    }
    int minSources = 1;
    String min = value(param, "min_sources");
    if (min != null) {
      minSources = Params.integer("min_sources", min, 1, 10_000);
    }
    String country = value(param, "country");
    EventFilter dates = new EventFilter(from, to, country, null, null, minSources);
    EventType type = null;
    String typeValue = value(param, "type");
    if (typeValue != null) {
      type = eventType(typeValue);
    }
    SubEventType subType = null;
    String subValue = value(param, "sub_type");
    if (subValue != null) {
      subType =
          SubEventType.fromLabel(subValue)
              .orElseThrow(
                  () ->
                      ApiException.badParameter(
                          "sub_type", "not an ACLED sub-event type, e.g. Armed clash"));
    }
    String bboxValue = value(param, "bbox");
    double[] bbox = bboxValue == null ? null : bbox(bboxValue);
    String admin1 = lower(value(param, "admin1"));
    String actor = lower(value(param, "actor"));
    String text = value(param, "q");
    if (text != null) {
      SearchIndex.matchExpression("q", text);
    }
    return new EventQuery(dates, admin1, actor, type, subType, bbox, text);
  }

  private static String value(Function<String, String> param, String name) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_VALUE) {
      throw ApiException.badParameter(name, "longer than " + MAX_VALUE + " characters");
    }
    return v.strip();
  }

  private static String lower(String v) {
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  private static EventType eventType(String value) {
    for (EventType t : EventType.values()) {
      if (t.label().equalsIgnoreCase(value) || t.name().equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw ApiException.badParameter("type", "not an ACLED event type, e.g. Battles");
  }

  private static double[] bbox(String value) {
    String[] parts = value.split(",");
    if (parts.length != 4) {
      throw ApiException.badParameter("bbox", "must be min_lon,min_lat,max_lon,max_lat");
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        box[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw ApiException.badParameter("bbox", "must be four numbers");
      }
      if (!Double.isFinite(box[i])) {
        throw ApiException.badParameter("bbox", "must be four finite numbers");
      }
    }
    if (box[0] > box[2] || box[1] > box[3] || box[1] < -90 || box[3] > 90) {
      throw ApiException.badParameter("bbox", "min must not exceed max; latitudes within 90");
    }
    return box;
  }

  /** Whether the query has a text filter, which needs the search index. */
  boolean hasText() {
    return text != null;
  }

  /**
   * The ids of the actors the actor filter names: by id, or by a part of a name or alias. Empty
   * when there is no actor filter.
   */
  Set<String> actorIds(Snapshot snapshot) {
    Set<String> ids = new HashSet<>();
    if (actor == null) {
      return ids;
    }
    for (Actor a : snapshot.actors) {
      if (a.id().toLowerCase(Locale.ROOT).equals(actor)
          || a.name().toLowerCase(Locale.ROOT).contains(actor)
          || a.aliases().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(actor))) {
        ids.add(a.id());
      }
    }
    return ids;
  }

  /**
   * Whether {@code e} passes.
   *
   * @param actorIds what {@link #actorIds} gave for the snapshot
   * @param textEvents the events whose evidence has the text, or null without a text filter
   */
  boolean matches(Event e, Snapshot snapshot, Set<String> actorIds, Set<String> textEvents) {
    if (!dates.test(e)) {
      return false;
    }
    if (type != null && e.eventType() != type) {
      return false;
    }
    if (subType != null && e.subEventType() != subType) {
      return false;
    }
    Location l = e.location();
    if (admin1 != null
        && (l == null
            || l.admin1() == null
            || !l.admin1().toLowerCase(Locale.ROOT).equals(admin1))) {
      return false;
    }
    if (bbox != null
        && (l == null
            || l.lat() == null
            || l.lon() == null
            || l.lon() < bbox[0]
            || l.lat() < bbox[1]
            || l.lon() > bbox[2]
            || l.lat() > bbox[3])) {
      return false;
    }
    if (textEvents != null && !textEvents.contains(e.id())) {
      return false;
    }
    if (actor != null) {
      for (String id : snapshot.participants.getOrDefault(e.id(), java.util.List.of())) {
        if (actorIds.contains(id)) {
          return true;
        }
      }
      // An actor the store does not hold is known by the name events give it.
      return named(e.actor1()) || named(e.actor2());
    }
    return true;
  }

  private boolean named(org.sitrep.model.ActorRef ref) {
    return ref != null
        && (ref.id().toLowerCase(Locale.ROOT).equals(actor)
            || ref.name().toLowerCase(Locale.ROOT).contains(actor));
  }

  /** A fingerprint of the filters, so a cursor is refused with other filters than its own. */
  String fingerprint() {
    return Integer.toHexString(
        java.util.Objects.hash(
            dates, admin1, actor, type, subType, java.util.Arrays.hashCode(bbox), text));
  }
}
