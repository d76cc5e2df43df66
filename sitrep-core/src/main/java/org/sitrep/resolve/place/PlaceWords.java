package org.sitrep.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of {@code place-words.tsv}: region and facility suffixes and the words that put an
 * event near a place. Immutable and thread-safe.
 *
 * @param regionSuffixes "province", "governorate"...
 * @param facilitySuffixes "air base", "gas field"..., longest first
 * @param near "near", "outskirts of"..., longest first
 */
public record PlaceWords(
    List<String> regionSuffixes, List<String> facilitySuffixes, List<String> near) {
  private static final String FILE = "place-words.tsv";

  public PlaceWords {
    regionSuffixes = longestFirst(regionSuffixes);
    facilitySuffixes = longestFirst(facilitySuffixes);
    near = longestFirst(near);
  }

  /**
   * The bundled words.
   *
   * @throws GazetteerException when the file is missing or has a line of an unknown role
   */
  public static PlaceWords bundled() {
    List<String> regions = new ArrayList<>();
    List<String> facilities = new ArrayList<>();
    List<String> near = new ArrayList<>();
    try (InputStream in = PlaceWords.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new GazetteerException("missing resource " + FILE, null);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        List<String> target =
            switch (f[0]) {
              case "region-suffix" -> regions;
              case "facility-suffix" -> facilities;
              case "near" -> near;
              default -> null;
            };
        if (target == null || f.length != 2 || f[1].isBlank()) {
          throw new GazetteerException(FILE + " line " + n + ": expected role<TAB>words", null);
        }
        target.add(f[1].strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + FILE, e);
    }
    return new PlaceWords(regions, facilities, near);
  }

  /** {@code name} without a trailing region word ("Al Anbar Governorate" gives "Al Anbar"). */
  public String withoutRegionSuffix(String name) {
    return strip(name, regionSuffixes);
  }

  /** {@code name} without a trailing facility word ("Harir Airbase" gives "Harir"). */
  public String withoutFacilitySuffix(String name) {
    return strip(name, facilitySuffixes);
  }

  /** Whether {@code name} ends in a facility word. */
  public boolean isFacilityName(String name) {
    return !withoutFacilitySuffix(name).equals(name);
  }

  /** A pattern of the region words, for matching next to a name; case-insensitive. */
  public Pattern regionPattern() {
    return alternation(regionSuffixes);
  }

  /** A pattern of the "near" words; case-insensitive. */
  public Pattern nearPattern() {
    return alternation(near);
  }

  private static String strip(String name, List<String> suffixes) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String s : suffixes) {
      if (lower.endsWith(" " + s) && lower.length() > s.length() + 1) {
        return name.substring(0, name.length() - s.length() - 1).strip();
      }
    }
    return name;
  }

  private static Pattern alternation(List<String> words) {
    List<String> quoted = words.stream().map(Pattern::quote).toList();
    return Pattern.compile("(?:" + String.join("|", quoted) + ")", Pattern.CASE_INSENSITIVE);
  }

  private static List<String> longestFirst(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .toList();
  }
}
