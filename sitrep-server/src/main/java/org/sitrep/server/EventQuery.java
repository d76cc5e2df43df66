package org.sitrep.server;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * The filters of {@code /events} and {@code /stats}, parsed and checked: each bad value is refused
 * naming its parameter. Values are only ever compared in memory, never put into SQL; the text
 * filter reaches SQLite as a bound parameter.
 *
 * @param from first day, or null
 * @param to last day, or null
 * @param country country name, lower case, or null
 * @param minSources minimum number of documents
 * @param admin1 first-level region, lower case, or null
 * @param actor the actor text, lower case, or null
 * @param type event type, or null
 * @param subType sub-event type, or null
 * @param bbox min lon, min lat, max lon, max lat, or null
 * @param text words to find in the evidence, or null
 */
record EventQuery(
    LocalDate from,
    LocalDate to,
    String country,
    int minSources,
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
    String country = lower(value(param, "country"));
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
    return new EventQuery(from, to, country, minSources, admin1, actor, type, subType, bbox, text);
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
   * This query as a test of event positions in {@code columns}: every name looked up once, then
   * only ints and doubles compared per event. A value no event has matches nothing.
   *
   * @param textPositions the events whose evidence has the text, or null without a text filter
   */
  IntPredicate compile(EventColumns columns, boolean[] textPositions) {
    int fromDay = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
    int toDay = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
    boolean dated = from != null || to != null;
    int countryCode = country == null ? -1 : columns.countryCodes.getOrDefault(country, -2);
    int admin1Code = admin1 == null ? -1 : columns.admin1Codes.getOrDefault(admin1, -2);
    int typeCode = type == null ? -1 : type.ordinal();
    int subCode = subType == null ? -1 : subType.ordinal();
    boolean[] actors = null;
    if (actor != null) {
      actors = new boolean[columns.actorIds.length];
      for (int a = 0; a < actors.length; a++) {
        boolean named = columns.actorIds[a].toLowerCase(Locale.ROOT).equals(actor);
        for (String n : columns.actorNames[a]) {
          named |= n.contains(actor);
        }
        actors[a] = named;
      }
    }
    boolean[] actorMatch = actors;
    double[] box = bbox;
    return i -> {
      if (columns.sources[i] < minSources) {
        return false;
      }
      if (dated
          && (columns.firstDay[i] == EventColumns.UNDATED
              || columns.lastDay[i] < fromDay
              || columns.firstDay[i] > toDay)) {
        return false;
      }
      if (countryCode != -1 && columns.country[i] != countryCode) {
        return false;
      }
      if (admin1Code != -1 && columns.admin1[i] != admin1Code) {
        return false;
      }
      if (typeCode != -1 && columns.type[i] != typeCode) {
        return false;
      }
      if (subCode != -1 && columns.subType[i] != subCode) {
        return false;
      }
      if (box != null
          && (Double.isNaN(columns.lat[i])
              || columns.lon[i] < box[0]
              || columns.lat[i] < box[1]
              || columns.lon[i] > box[2]
              || columns.lat[i] > box[3])) {
        return false;
      }
      if (textPositions != null && !textPositions[i]) {
        return false;
      }
      if (actorMatch != null) {
        for (int a : columns.participants[i]) {
          if (actorMatch[a]) {
            return true;
          }
        }
        return false;
      }
      return true;
    };
  }

  /** A fingerprint of the filters, so a cursor is refused with other filters than its own. */
  String fingerprint() {
    return Integer.toHexString(
        java.util.Objects.hash(
            from,
            to,
            country,
            minSources,
            admin1,
            actor,
            type,
            subType,
            java.util.Arrays.hashCode(bbox),
            text));
  }
}
