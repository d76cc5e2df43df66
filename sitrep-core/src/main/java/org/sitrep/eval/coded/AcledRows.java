package org.sitrep.eval.coded;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * Reads ACLED export rows of any schema: the columns are found by name, dates in any of the formats
 * of {@link CodedDates}. Rows that share an {@code event_id_cnty} code one event, one row per
 * actor, and become one row whose actor1 is either.
 */
final class AcledRows {
  private AcledRows() {}

  static List<CodedRow> read(String file, Columns c, List<List<String>> rows) {
    Map<String, CodedRow> byId = new LinkedHashMap<>();
    int number = 0;
    for (List<String> row : rows) {
      number++;
      String id = c.id(row, "event_id_cnty", number);
      CodedRow coded = row(file, id, c, row);
      byId.merge(id, coded, (first, second) -> first.withActors(second.actor1()));
    }
    return new ArrayList<>(byId.values());
  }

  private static CodedRow row(String file, String id, Columns c, List<String> row) {
    Optional<SubEventType> sub = label(c.get(row, "sub_event_type"));
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    eventType(c.get(row, "event_type")).ifPresent(types::add);
    if (types.isEmpty()) {
      sub.ifPresent(s -> types.add(s.type()));
    }
    Integer year = c.integer(row, "year");
    String actor1 = c.get(row, "actor1");
    String notes = c.get(row, "notes");
    return new CodedRow(
        file,
        id,
        Source.ACLED,
        notes == null ? "" : notes,
        true,
        sub.map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(SubEventType.class)),
        types,
        CodedDates.parse(c.get(row, "event_date"), year).orElse(null),
        c.integer(row, "time_precision"),
        actor1 == null ? List.of() : List.of(actor1),
        c.get(row, "country"),
        c.get(row, "admin1"),
        c.get(row, "admin2"),
        c.get(row, "admin3"),
        c.get(row, "location"),
        c.integer(row, "fatalities"),
        null,
        null);
  }

  private static Optional<SubEventType> label(String label) {
    return label == null ? Optional.empty() : SubEventType.fromLabel(label);
  }

  private static Optional<EventType> eventType(String label) {
    if (label == null) {
      return Optional.empty();
    }
    for (EventType type : EventType.values()) {
      if (type.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
