package org.sitrep.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One place of the gazetteer supplement ({@code supplement.tsv}): a facility, village or area that
 * lists of populated places lack.
 *
 * @param name its usual name
 * @param aliases other names it goes by
 * @param feature what it is ("air base", "gas field", "border crossing")
 * @param countryCode ISO 3166-1 alpha-2
 * @param admin1 the first-level region, or null
 * @param lat latitude
 * @param lon longitude
 * @param precision 1 when the figure is the site itself, 2 when only rough, 3 for an area pointed
 *     at its main town or centre
 * @param source where the figure comes from
 */
public record SupplementEntry(
    String name,
    List<String> aliases,
    String feature,
    String countryCode,
    String admin1,
    double lat,
    double lon,
    int precision,
    String source) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public SupplementEntry {
    aliases = List.copyOf(aliases);
  }

  /**
   * The entries of a supplement file; {@code in} is closed by the caller.
   *
   * @throws GazetteerException naming the line, when one is malformed: wrong column count, unknown
   *     country, coordinates out of range, precision not 1 to 3, or no source
   */
  public static List<SupplementEntry> read(InputStream in) {
    if (in == null) {
      throw new GazetteerException("the gazetteer supplement is missing", null);
    }
    List<SupplementEntry> entries = new ArrayList<>();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(parse(line, n));
        }
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read the gazetteer supplement", e);
    }
    return entries;
  }

  private static SupplementEntry parse(String line, int n) {
    String[] f = line.split("\t", -1);
    String where = "supplement.tsv line " + n + ": ";
    if (f.length != 9) {
      throw new GazetteerException(where + "expected 9 tab-separated columns", null);
    }
    if (!COUNTRIES.contains(f[3])) {
      throw new GazetteerException(where + "unknown country code " + f[3], null);
    }
    double lat;
    double lon;
    int precision;
    try {
      lat = Double.parseDouble(f[5]);
      lon = Double.parseDouble(f[6]);
      precision = Integer.parseInt(f[7]);
    } catch (NumberFormatException e) {
      throw new GazetteerException(where + "latitude, longitude or precision is not a number", e);
    }
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new GazetteerException(where + "coordinates out of range", null);
    }
    if (precision < 1 || precision > 3) {
      throw new GazetteerException(where + "precision must be 1, 2 or 3", null);
    }
    if (f[8].isBlank() || f[0].isBlank() || f[2].isBlank()) {
      throw new GazetteerException(where + "name, kind and source are required", null);
    }
    List<String> aliases = f[1].equals("-") ? List.of() : List.of(f[1].split("\\|"));
    return new SupplementEntry(
        f[0], aliases, f[2], f[3], f[4].equals("-") ? null : f[4], lat, lon, precision, f[8]);
  }
}
