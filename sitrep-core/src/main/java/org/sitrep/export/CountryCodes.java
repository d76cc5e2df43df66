package org.sitrep.export;

import com.ibm.icu.util.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.Countries;

/**
 * ACLED's {@code iso} and {@code region} of a country named as Sitrep names it: the numeric ISO
 * 3166 code, and ACLED's region from {@code acled-regions.tsv} (by UN M49 sub-region, with the
 * countries ACLED places elsewhere listed by code). Immutable once loaded.
 */
final class CountryCodes {
  private static final String RESOURCE = "acled-regions.tsv";

  /** A country's codes: numeric ISO 3166 and ACLED region (either may be null). */
  record Codes(Integer iso, String region) {}

  private final Map<String, String> alpha2ByName;
  private final Map<String, String> regions;

  private CountryCodes(Map<String, String> alpha2ByName, Map<String, String> regions) {
    this.alpha2ByName = Map.copyOf(alpha2ByName);
    this.regions = Map.copyOf(regions);
  }

  /** The bundled table. */
  static CountryCodes bundled() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      byName.putIfAbsent(Countries.name(code).toLowerCase(Locale.ROOT), code);
      String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      byName.putIfAbsent(display.toLowerCase(Locale.ROOT), code);
      // "Myanmar (Burma)": the name without what the brackets add.
      byName.putIfAbsent(display.replaceAll("\\s*\\(.*\\)$", "").toLowerCase(Locale.ROOT), code);
    }
    return new CountryCodes(byName, regions());
  }

  /** The number of region rules loaded. */
  int regionRules() {
    return regions.size();
  }

  /** The ISO alpha-2 code of the country with this name (or code), or null when unknown. */
  String alpha2(String country) {
    if (country == null || country.isBlank()) {
      return null;
    }
    String key = country.strip();
    return key.length() == 2
        ? key.toUpperCase(Locale.ROOT)
        : alpha2ByName.get(key.toLowerCase(Locale.ROOT));
  }

  /** The codes of the country with this name (or ISO alpha-2 code); empty when unknown. */
  Optional<Codes> of(String country) {
    if (country == null || country.isBlank()) {
      return Optional.empty();
    }
    String key = country.strip();
    String alpha2 =
        key.length() == 2
            ? key.toUpperCase(Locale.ROOT)
            : alpha2ByName.get(key.toLowerCase(Locale.ROOT));
    if (alpha2 == null) {
      return Optional.empty();
    }
    Region region;
    try {
      region = Region.getInstance(alpha2);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int numeric = region.getNumericCode();
    String acled = regions.get(alpha2);
    Region containing = region.getContainingRegion();
    if (acled == null && containing != null) {
      acled = regions.get(String.format(Locale.ROOT, "%03d", containing.getNumericCode()));
    }
    return Optional.of(new Codes(numeric > 0 ? numeric : null, acled));
  }

  private static Map<String, String> regions() {
    try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      Map<String, String> regions = new HashMap<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 2 || fields[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected key TAB region");
        }
        regions.put(fields[0].strip(), fields[1].strip());
      }
      return regions;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
