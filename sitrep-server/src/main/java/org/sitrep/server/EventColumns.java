package org.sitrep.server;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.network.NetworkEvent;

/**
 * The events' filterable fields as primitive columns, one slot per event (in id order), and the
 * event orders of every sort as position arrays. A filter over 100,000 events then compares ints
 * and doubles instead of parsing strings per event, which is what keeps a filtered page within a
 * few milliseconds.
 */
final class EventColumns {
  /** The day number of an event without a usable date. */
  static final int UNDATED = Integer.MIN_VALUE;

  final int size;
  final int[] type;
  final int[] subType;
  final int[] country;
  final int[] admin1;
  final int[] firstDay;
  final int[] lastDay;
  final int[] month;
  final int[] day;
  final double[] lat;
  final double[] lon;
  final int[] sources;
  final int[][] participants;

  /** Lower-case country and region names to their codes. */
  final Map<String, Integer> countryCodes = new HashMap<>();

  final Map<String, Integer> admin1Codes = new HashMap<>();
  final String[] countryNames;

  /** Every actor events name, by code: its id, name and aliases in lower case. */
  final String[] actorIds;

  final String[][] actorNames;

  /** For each sort key, the sort key of each event as a string (see {@link EventSort#keyOf}). */
  final Map<EventSort.Key, String[]> keys = new java.util.EnumMap<>(EventSort.Key.class);

  /** For each sort key, event positions in ascending order. */
  final Map<EventSort.Key, int[]> ascending = new java.util.EnumMap<>(EventSort.Key.class);

  EventColumns(List<Event> events, Map<String, NetworkEvent> networkEvents, List<Actor> actors) {
    size = events.size();
    type = new int[size];
    subType = new int[size];
    country = new int[size];
    admin1 = new int[size];
    firstDay = new int[size];
    lastDay = new int[size];
    month = new int[size];
    day = new int[size];
    lat = new double[size];
    lon = new double[size];
    sources = new int[size];
    participants = new int[size][];
    Map<String, Integer> actorCodes = new HashMap<>();
    Map<String, String[]> names = new HashMap<>();
    for (Actor a : actors) {
      String[] n = new String[a.aliases().size() + 1];
      n[0] = a.name().toLowerCase(Locale.ROOT);
      for (int i = 0; i < a.aliases().size(); i++) {
        n[i + 1] = a.aliases().get(i).toLowerCase(Locale.ROOT);
      }
      names.put(a.id(), n);
    }
    java.util.List<String> countryList = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) {
      Event e = events.get(i);
      type[i] = e.eventType().ordinal();
      subType[i] = e.subEventType().ordinal();
      Location l = e.location();
      country[i] = code(l == null ? null : l.country(), countryCodes, countryList);
      admin1[i] = code(l == null ? null : l.admin1(), admin1Codes, null);
      lat[i] = l == null || l.lat() == null ? Double.NaN : l.lat();
      lon[i] = l == null || l.lon() == null ? Double.NaN : l.lon();
      sources[i] = e.sources();
      dates(i, e.date().iso());
      List<ActorRef> refs = networkEvents.get(e.id()).participants();
      int[] codes = new int[refs.size()];
      for (int j = 0; j < refs.size(); j++) {
        ActorRef ref = refs.get(j);
        codes[j] = actorCodes.computeIfAbsent(ref.id(), k -> actorCodes.size());
        names.putIfAbsent(ref.id(), new String[] {ref.name().toLowerCase(Locale.ROOT)});
      }
      participants[i] = codes;
    }
    countryNames = countryList.toArray(new String[0]);
    actorIds = new String[actorCodes.size()];
    actorNames = new String[actorCodes.size()][];
    actorCodes.forEach(
        (id, code) -> {
          actorIds[code] = id;
          actorNames[code] = names.get(id);
        });
    for (EventSort.Key key : EventSort.Key.values()) {
      String[] k = new String[size];
      for (int i = 0; i < size; i++) {
        k[i] = EventSort.keyOf(key, events.get(i));
      }
      keys.put(key, k);
      // Events are in id order, so a stable sort by key alone breaks ties by id.
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> k[a].compareTo(k[b]));
      ascending.put(key, Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }
  }

  private static int code(String name, Map<String, Integer> codes, List<String> original) {
    if (name == null) {
      return -1;
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    Integer c = codes.get(key);
    if (c == null) {
      c = codes.size();
      codes.put(key, c);
      if (original != null) {
        original.add(name);
      }
    }
    return c;
  }

  /** First and last day a date may mean, as a year, month or day; its month and day keys. */
  private void dates(int i, String iso) {
    firstDay[i] = UNDATED;
    lastDay[i] = UNDATED;
    month[i] = -1;
    day[i] = UNDATED;
    if (iso == null || iso.startsWith("--")) {
      return;
    }
    try {
      if (iso.length() == 4) {
        int year = Integer.parseInt(iso);
        firstDay[i] = (int) LocalDate.of(year, 1, 1).toEpochDay();
        lastDay[i] = (int) LocalDate.of(year, 12, 31).toEpochDay();
      } else if (iso.length() == 7) {
        YearMonth m = YearMonth.parse(iso);
        firstDay[i] = (int) m.atDay(1).toEpochDay();
        lastDay[i] = (int) m.atEndOfMonth().toEpochDay();
        month[i] = m.getYear() * 100 + m.getMonthValue();
      } else {
        LocalDate d = LocalDate.parse(iso.substring(0, 10));
        firstDay[i] = (int) d.toEpochDay();
        lastDay[i] = firstDay[i];
        month[i] = d.getYear() * 100 + d.getMonthValue();
        day[i] = firstDay[i];
      }
    } catch (RuntimeException e) {
      // A date the store holds in another form is treated as unknown rather than failing a page.
      firstDay[i] = UNDATED;
      lastDay[i] = UNDATED;
    }
  }
}
