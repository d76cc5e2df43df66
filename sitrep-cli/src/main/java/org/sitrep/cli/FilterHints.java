package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * Says why a {@code --type} or {@code --country} matched nothing: the value is none Sitrep knows,
 * and here are the values that exist, the closest first.
 */
final class FilterHints {
  private FilterHints() {}

  /** A hint for a type or country no event has, or empty when both are known (or not given). */
  static Optional<String> explain(List<Event> events, String type, String country) {
    if (type != null) {
      List<String> types = new ArrayList<>();
      for (EventType t : EventType.values()) {
        types.add(t.label());
      }
      for (SubEventType t : SubEventType.values()) {
        types.add(t.label());
      }
      if (types.stream().noneMatch(t -> t.equalsIgnoreCase(type.strip()))) {
        return Optional.of(
            "no event type or sub-event type '"
                + type
                + "'; the types are: "
                + closest(type, types));
      }
    }
    if (country != null) {
      TreeSet<String> countries = new TreeSet<>();
      for (Event e : events) {
        if (e.location() != null && e.location().country() != null) {
          countries.add(e.location().country());
        }
      }
      if (countries.stream().noneMatch(c -> c.equalsIgnoreCase(country.strip()))) {
        return Optional.of(
            countries.isEmpty()
                ? "no event in the store has a country"
                : "no event in country '"
                    + country
                    + "'; the countries in the store are: "
                    + closest(country, new ArrayList<>(countries)));
      }
    }
    return Optional.empty();
  }

  /** The values, the closest to {@code wanted} first, joined for one line. */
  private static String closest(String wanted, List<String> values) {
    String key = wanted.strip().toLowerCase(Locale.ROOT);
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(
        Comparator.comparingInt((String v) -> distance(key, v.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
    return String.join(", ", sorted);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
