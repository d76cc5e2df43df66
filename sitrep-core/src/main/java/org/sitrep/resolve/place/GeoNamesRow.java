package org.sitrep.resolve.place;

import java.util.List;

/**
 * One line of a GeoNames table dump ({@code cities500.txt}, {@code allCountries.txt}): the columns
 * Sitrep uses.
 *
 * @param id geonameid
 * @param names the name, its ASCII form and the alternate names, Latin-script ones only
 * @param lat latitude
 * @param lon longitude
 * @param featureClass GeoNames feature class ("P" populated place, "A" area, "S" spot)
 * @param featureCode GeoNames feature code ("PPLA", "ADM1", "AIRB")
 * @param countryCode ISO 3166-1 alpha-2
 * @param admin1Code the first-level region's code within the country
 * @param population inhabitants, 0 when unknown
 */
record GeoNamesRow(
    long id,
    List<String> names,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    String countryCode,
    String admin1Code,
    long population) {
  /** GeoNames' own name of the place. */
  String name() {
    return names.get(0);
  }

  /**
   * The row of one tab-separated line, or null when the line is not a GeoNames table row.
   *
   * @throws NumberFormatException when a numeric column is not a number
   */
  static GeoNamesRow parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 15) {
      return null;
    }
    List<String> names = new java.util.ArrayList<>();
    names.add(f[1]);
    if (!f[2].isEmpty() && !f[2].equals(f[1])) {
      names.add(f[2]);
    }
    if (!f[3].isEmpty()) {
      for (String a : f[3].split(",")) {
        if (!a.isEmpty() && a.length() <= 60 && PlaceKeys.isLatin(a) && !names.contains(a)) {
          names.add(a);
        }
      }
    }
    return new GeoNamesRow(
        Long.parseLong(f[0]),
        names,
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]),
        f[6],
        f[7],
        f[8],
        f[10],
        f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
  }

  /** 3 for a national capital, 2 for a first-level seat, 1 for a lower seat, else 0. */
  int seat() {
    return switch (featureCode) {
      case "PPLC" -> 3;
      case "PPLA" -> 2;
      case "PPLA2", "PPLA3", "PPLA4", "PPLG" -> 1;
      default -> 0;
    };
  }
}
