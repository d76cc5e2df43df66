package org.sitrep.server;

import java.util.Comparator;
import java.util.Locale;
import org.sitrep.model.Event;

/** The orders {@code /events} can be sorted in, each a total order (ties broken by id). */
record EventSort(Key key, boolean descending) {
  /** What events are sorted by. */
  enum Key {
    DATE,
    FATALITIES,
    SOURCES,
    ID;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The default: latest first. */
  static final EventSort DEFAULT = new EventSort(Key.DATE, true);

  /**
   * The sort {@code value} names: a key, with a leading {@code -} for descending.
   *
   * @throws ApiException when it names no sort
   */
  static EventSort parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    String v = value.strip();
    boolean descending = v.startsWith("-");
    String name = descending ? v.substring(1) : v;
    for (Key key : Key.values()) {
      if (key.code().equals(name)) {
        return new EventSort(key, descending);
      }
    }
    throw ApiException.badParameter(
        "sort", "must be one of date, fatalities, sources, id, each optionally with a leading -");
  }

  /** The sort as a query value. */
  String code() {
    return (descending ? "-" : "") + key.code();
  }

  /**
   * The sort key of {@code e} as a string that sorts as the key does: undated events and events
   * without a figure sort before all others.
   */
  static String keyOf(Key key, Event e) {
    return switch (key) {
      case DATE -> {
        String iso = e.date().iso();
        yield iso == null || iso.startsWith("--") ? "" : iso;
      }
      case FATALITIES ->
          String.format(
              Locale.ROOT, "%010d", e.fatalities() == null ? 0 : e.fatalities().best() + 1L);
      case SOURCES -> String.format(Locale.ROOT, "%06d", e.sources());
      case ID -> "";
    };
  }

  /** Ascending by the key, then by id. */
  static Comparator<Event> ascending(Key key) {
    return Comparator.comparing((Event e) -> keyOf(key, e)).thenComparing(Event::id);
  }
}
