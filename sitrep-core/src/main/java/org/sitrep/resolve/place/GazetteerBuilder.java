package org.sitrep.resolve.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link Gazetteer} from raw data: countries from the {@code world-countries} package,
 * populated places (and, from {@code allCountries.txt}, first-level regions and facilities) from a
 * GeoNames table dump, region names from GeoNames' {@code admin1CodesASCII.txt} or, failing that,
 * from the {@code country-state-city} package matched to GeoNames' admin1 codes ({@link
 * RegionNames}), and the bundled supplement. Not thread-safe: one builder per build.
 */
public final class GazetteerBuilder {
  private static final String SUPPLEMENT = "supplement.tsv";
  private static final String REGIONS = "regions.tsv";

  private final PlaceKeys keys = new PlaceKeys();
  private final PlaceWords words;
  private final List<Place> places = new ArrayList<>();
  private final Map<String, Set<Integer>> byKey = new HashMap<>();
  private final Map<String, String> demonyms = new TreeMap<>();
  private final Map<String, String> admin1Names = new TreeMap<>();
  private final Map<String, Set<String>> admin1Aliases = new TreeMap<>();
  private final List<GeoNamesRow> rows = new ArrayList<>();

  public GazetteerBuilder(PlaceWords words) {
    this.words = words;
  }

  /**
   * Adds the countries of {@code world-countries}' {@code countries.json}: names, official names,
   * other spellings and English demonyms, each at its centroid.
   */
  public GazetteerBuilder addCountries(Path countriesJson) {
    JsonNode all = readJson(countriesJson);
    for (JsonNode c : all) {
      String code = c.path("cca2").asText();
      Set<String> names = new LinkedHashSet<>();
      names.add(c.path("name").path("common").asText());
      names.add(c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() > 3 && PlaceKeys.isLatin(alt.asText())) {
          names.add(alt.asText());
        }
      }
      JsonNode latlng = c.path("latlng");
      String name = org.sitrep.extract.Countries.name(code);
      names.add(name);
      add(
          new Place(
              0,
              name,
              code,
              null,
              latlng.path(0).asDouble(),
              latlng.path(1).asDouble(),
              PlaceKind.COUNTRY,
              0,
              0,
              0),
          names);
      JsonNode eng = c.path("demonyms").path("eng");
      for (String d : List.of(eng.path("m").asText(), eng.path("f").asText())) {
        if (!d.isBlank()) {
          demonyms.put(keys.key(d), code);
        }
      }
    }
    return this;
  }

  /** Reads a GeoNames table dump ({@code cities500.txt}, {@code allCountries.txt}). */
  public GazetteerBuilder addGeoNames(Path table) {
    try (BufferedReader r = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        GeoNamesRow row;
        try {
          row = GeoNamesRow.parse(line);
        } catch (NumberFormatException e) {
          throw new GazetteerException(table + " line " + n + ": not a GeoNames table row", e);
        }
        if (row == null) {
          throw new GazetteerException(table + " line " + n + ": not a GeoNames table row", null);
        }
        if (row.featureClass().equals("A") && row.featureCode().equals("ADM1")) {
          String code = row.countryCode() + "." + row.admin1Code();
          admin1Names.putIfAbsent(code, words.withoutRegionSuffix(row.name()));
          admin1Aliases.computeIfAbsent(code, k -> new LinkedHashSet<>()).addAll(row.names());
        } else if (row.featureClass().equals("P") || isFacility(row)) {
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + table, e);
    }
    return this;
  }

  /** Reads GeoNames' {@code admin1CodesASCII.txt}: code, name, ASCII name, geonameid. */
  public GazetteerBuilder addAdmin1Codes(Path file) {
    for (String[] f : tsv(file, 4)) {
      admin1Names.put(f[0], words.withoutRegionSuffix(f[1]));
      admin1Aliases.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).addAll(List.of(f[1], f[2]));
    }
    return this;
  }

  /**
   * Names GeoNames' admin1 codes that no admin1 file named, from {@code country-state-city}'s
   * {@code state.json} (see {@link RegionNames}); call after {@link #addGeoNames}.
   */
  public GazetteerBuilder addStates(Path stateJson) {
    RegionNames.match(readJson(stateJson), rows, keys, words)
        .forEach(
            (code, names) -> {
              admin1Names.putIfAbsent(code, names.get(0));
              admin1Aliases.computeIfAbsent(code, k -> new LinkedHashSet<>()).addAll(names);
            });
    return this;
  }

  /** Takes over the region names and demonyms of {@code base}, for names the files lack. */
  public GazetteerBuilder addNamesFrom(Gazetteer base) {
    base.admin1Names().forEach(admin1Names::putIfAbsent);
    base.demonyms().forEach(demonyms::putIfAbsent);
    return this;
  }

  /** Takes over the countries of {@code base} with every key they have there. */
  public GazetteerBuilder addCountriesFrom(Gazetteer base) {
    Map<Place, Set<String>> names = new java.util.LinkedHashMap<>();
    Gazetteer.KeyTable table = base.keyTable();
    for (int k = 0; k < table.keys().length; k++) {
      for (int i = table.starts()[k]; i < table.starts()[k + 1]; i++) {
        Place p = base.places().get(table.postings()[i]);
        if (p.kind() == PlaceKind.COUNTRY) {
          names.computeIfAbsent(p, x -> new LinkedHashSet<>()).add(table.keys()[k]);
        }
      }
    }
    names.forEach((p, ks) -> addKeys(p, ks));
    return this;
  }

  /** The gazetteer: regions at their capitals, towns, facilities and the supplement. */
  public Gazetteer build() {
    nameRegionsBySeat();
    addRegionsAndTowns();
    addSupplement();
    Map<String, Set<Integer>> skeletons = new HashMap<>();
    byKey.forEach(
        (k, v) -> {
          String s = PlaceKeys.skeleton(k);
          if (s.length() >= 3) {
            skeletons.computeIfAbsent(s, x -> new TreeSet<>()).addAll(v);
          }
        });
    return new Gazetteer(
        places,
        Gazetteer.KeyTable.of(byKey),
        Gazetteer.KeyTable.of(skeletons),
        demonyms,
        admin1Names);
  }

  private void addRegionsAndTowns() {
    Map<String, GeoNamesRow> capitals = new HashMap<>();
    for (GeoNamesRow row : rows) {
      if (row.featureClass().equals("P")) {
        String code = row.countryCode() + "." + row.admin1Code();
        GeoNamesRow best = capitals.get(code);
        if (best == null || capitalRank(row) > capitalRank(best)) {
          capitals.put(code, row);
        }
      }
    }
    for (Map.Entry<String, String> region : admin1Names.entrySet()) {
      GeoNamesRow capital = capitals.get(region.getKey());
      if (capital != null) {
        Set<String> names =
            new LinkedHashSet<>(admin1Aliases.getOrDefault(region.getKey(), Set.of()));
        names.add(region.getValue());
        add(
            new Place(
                0,
                region.getValue(),
                capital.countryCode(),
                region.getValue(),
                capital.lat(),
                capital.lon(),
                PlaceKind.REGION,
                0,
                0,
                3),
            names);
      }
    }
    for (GeoNamesRow row : rows) {
      String admin1 = admin1Names.get(row.countryCode() + "." + row.admin1Code());
      boolean facility = !row.featureClass().equals("P");
      add(
          new Place(
              row.id(),
              row.name(),
              row.countryCode(),
              admin1,
              row.lat(),
              row.lon(),
              facility ? PlaceKind.FACILITY : PlaceKind.TOWN,
              row.population(),
              row.seat(),
              1),
          row.names());
    }
  }

  /**
   * Names regions from the bundled list of regions by their seats: the matching by position that
   * {@link #addStates} does misses some regions and puts others on a neighbour's code, and coders
   * write "Lower Shabelle" where GeoNames writes "Shabeellaha Hoose". A listed region takes over
   * its code's name and aliases.
   */
  private void nameRegionsBySeat() {
    if (rows.isEmpty()) {
      return;
    }
    List<RegionSeat> regions = RegionSeat.bundled();
    Set<String> countries = new HashSet<>();
    regions.forEach(r -> countries.add(r.countryCode()));
    Map<String, GeoNamesRow> towns = new HashMap<>();
    for (GeoNamesRow row : rows) {
      if (!row.featureClass().equals("P")
          || row.admin1Code().isEmpty()
          || !countries.contains(row.countryCode())) {
        continue;
      }
      for (String name : row.names()) {
        towns.merge(
            row.countryCode() + "|" + keys.key(name),
            row,
            (a, b) -> a.population() >= b.population() ? a : b);
      }
    }
    for (RegionSeat region : regions) {
      GeoNamesRow seat = towns.get(region.countryCode() + "|" + keys.key(region.seat()));
      if (seat == null) {
        // A partial table (a test's, a user's extract of some countries) lacks some seats; the
        // bundled index's test checks that every listed region is named.
        continue;
      }
      String code = seat.countryCode() + "." + seat.admin1Code();
      admin1Names.put(code, region.name());
      Set<String> names = new LinkedHashSet<>();
      names.add(region.name());
      names.addAll(region.aliases());
      admin1Aliases.put(code, names);
    }
  }

  private void addSupplement() {
    try (InputStream in = GazetteerBuilder.class.getResourceAsStream(SUPPLEMENT)) {
      for (SupplementEntry e : SupplementEntry.read(in)) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        names.addAll(e.aliases());
        add(
            new Place(
                0,
                e.name(),
                e.countryCode(),
                e.admin1(),
                e.lat(),
                e.lon(),
                e.precision() == 3 ? PlaceKind.REGION : PlaceKind.FACILITY,
                0,
                0,
                e.precision()),
            names,
            false);
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + SUPPLEMENT, e);
    }
  }

  private void add(Place place, Iterable<String> names) {
    add(place, names, place.kind() == PlaceKind.FACILITY);
  }

  /**
   * Adds an entry under the keys of its names; with {@code bareToo}, also without a facility word
   * (GeoNames' "Al Asad Air Base" is also "Al Asad"; the supplement lists its short names itself).
   */
  private void add(Place place, Iterable<String> names, boolean bareToo) {
    Set<String> ks = new LinkedHashSet<>();
    for (String name : names) {
      String k = keys.key(name);
      if (!k.isEmpty()) {
        ks.add(k);
      }
      if (bareToo) {
        String bare = keys.key(words.withoutFacilitySuffix(name));
        if (!bare.isEmpty() && !bare.equals(k)) {
          ks.add(bare);
        }
      }
    }
    addKeys(place, ks);
  }

  private void addKeys(Place place, Set<String> ks) {
    int index = places.size();
    places.add(place);
    for (String k : ks) {
      byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(index);
    }
  }

  /** A region's capital is its seat (PPLA); failing one, its most populous town. */
  private static long capitalRank(GeoNamesRow row) {
    return (row.seat() == 2 ? 1L << 40 : 0) + row.population();
  }

  private static boolean isFacility(GeoNamesRow row) {
    return row.featureClass().equals("S")
        && Set.of("AIRB", "AIRF", "AIRP", "MILB", "PRN", "SHRN", "CMPRF")
            .contains(row.featureCode());
  }

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + file + " as JSON", e);
    }
  }

  private static List<String[]> tsv(Path file, int columns) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns) {
          throw new GazetteerException(
              file + " line " + n + ": expected " + columns + " tab-separated columns", null);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + file, e);
    }
    return out;
  }
}
