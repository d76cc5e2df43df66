package org.sitrep.resolve.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names GeoNames' admin1 codes from a list of regions that carries names but other codes ({@code
 * country-state-city}'s {@code state.json}: ISO 3166-2 codes and a point). A region is matched to
 * the admin1 code of the regional seat that bears its name ("Deir ez-Zor Governorate" to the town
 * of Deir ez-Zor), else to the code most of the towns nearest its point share, when that point lies
 * in the country at all (some of the package's points are wrong: Somalia's Bari is put in Italy).
 * Regions matched neither way are left out. Stateless.
 */
final class RegionNames {
  private static final int VOTERS = 7;

  private RegionNames() {}

  /** Per admin1 code ("SY.07"), the names of the regions matched to it, the first to show. */
  static Map<String, List<String>> match(
      JsonNode states, List<GeoNamesRow> rows, PlaceKeys keys, PlaceWords words) {
    Map<String, List<GeoNamesRow>> towns = new HashMap<>();
    Map<String, GeoNamesRow> byName = new HashMap<>();
    for (GeoNamesRow row : rows) {
      if (!row.featureClass().equals("P") || row.admin1Code().isEmpty()) {
        continue;
      }
      towns.computeIfAbsent(row.countryCode(), c -> new ArrayList<>()).add(row);
      // Only a seat names its region: the US state of Florida is not the town of Florida, Cuba.
      for (String name : row.seat() >= 2 ? row.names() : List.<String>of()) {
        byName.merge(row.countryCode() + ":" + keys.key(name), row, RegionNames::better);
      }
    }
    Map<String, List<String>> names = new TreeMap<>();
    for (JsonNode state : states) {
      String country = state.path("countryCode").asText();
      String name = words.withoutRegionSuffix(state.path("name").asText());
      GeoNamesRow namesake = byName.get(country + ":" + keys.key(name));
      String code =
          namesake != null
              ? namesake.admin1Code()
              : nearestCode(
                  towns.getOrDefault(country, List.of()),
                  state.path("latitude").asDouble(Double.NaN),
                  state.path("longitude").asDouble(Double.NaN));
      if (code != null) {
        names.computeIfAbsent(country + "." + code, c -> new ArrayList<>()).add(name);
      }
    }
    return names;
  }

  private static GeoNamesRow better(GeoNamesRow a, GeoNamesRow b) {
    long ra = (long) a.seat() << 40 | a.population();
    long rb = (long) b.seat() << 40 | b.population();
    return ra >= rb ? a : b;
  }

  private static String nearestCode(List<GeoNamesRow> towns, double lat, double lon) {
    if (towns.isEmpty() || Double.isNaN(lat) || Double.isNaN(lon) || !inside(towns, lat, lon)) {
      return null;
    }
    List<GeoNamesRow> nearest =
        towns.stream()
            .sorted(Comparator.comparingDouble(t -> squaredDistance(t, lat, lon)))
            .limit(VOTERS)
            .toList();
    Map<String, Double> votes = new TreeMap<>();
    for (int i = 0; i < nearest.size(); i++) {
      votes.merge(nearest.get(i).admin1Code(), 1.0 / (i + 1), Double::sum);
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** Whether the point lies within the box of the country's towns, half a degree around. */
  private static boolean inside(List<GeoNamesRow> towns, double lat, double lon) {
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (GeoNamesRow t : towns) {
      minLat = Math.min(minLat, t.lat());
      maxLat = Math.max(maxLat, t.lat());
      minLon = Math.min(minLon, t.lon());
      maxLon = Math.max(maxLon, t.lon());
    }
    return lat >= minLat - 0.5 && lat <= maxLat + 0.5 && lon >= minLon - 0.5 && lon <= maxLon + 0.5;
  }

  private static double squaredDistance(GeoNamesRow t, double lat, double lon) {
    double dLat = t.lat() - lat;
    double dLon = (t.lon() - lon) * Math.cos(Math.toRadians(lat));
    return dLat * dLat + dLon * dLon;
  }
}
