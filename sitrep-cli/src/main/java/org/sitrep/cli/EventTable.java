package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/** The readable table {@code sitrep events} prints: one line per event, columns padded. */
final class EventTable {
  private static final List<String> HEADER =
      List.of(
          "id",
          "date",
          "sub_event_type",
          "actor1",
          "actor2",
          "place",
          "deaths",
          "claims",
          "sources",
          "disputed");
  private static final int WIDEST = 32;

  private EventTable() {}

  /** The table of {@code events}, with a header and a count line. */
  static String format(List<Event> events) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Event e : events) {
      rows.add(
          List.of(
              e.id(),
              e.date().iso() == null ? "-" : e.date().iso(),
              e.subEventType().label(),
              name(e.actor1()),
              name(e.actor2()),
              e.location() == null
                  ? "-"
                  : e.location().name()
                      + (e.location().country() == null
                              || e.location().country().equals(e.location().name())
                          ? ""
                          : ", " + e.location().country()),
              e.fatalities() == null
                  ? "-"
                  : e.fatalities().low() == e.fatalities().high()
                      ? Integer.toString(e.fatalities().best())
                      : e.fatalities().low()
                          + "-"
                          + e.fatalities().high()
                          + " (best "
                          + e.fatalities().best()
                          + ")",
              String.join("; ", e.claims().stream().map(c -> c.actor().name()).toList()),
              Integer.toString(e.sources()),
              String.join(",", e.disagreements().stream().map(Event.Field::code).toList())));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.min(WIDEST, Math.max(widths[i], row.get(i).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        if (cell.length() > WIDEST) {
          cell = cell.substring(0, WIDEST - 1) + "…";
        }
        out.append(i == 0 ? "" : "  ").append(cell);
        if (i < row.size() - 1) {
          out.append(" ".repeat(widths[i] - cell.length()));
        }
      }
      out.append('\n');
    }
    out.append(events.size()).append(events.size() == 1 ? " event\n" : " events\n");
    return out.toString();
  }

  private static String name(ActorRef ref) {
    return ref == null ? "-" : ref.name();
  }
}
