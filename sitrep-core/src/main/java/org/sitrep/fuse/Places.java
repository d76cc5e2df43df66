package org.sitrep.fuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Location;
import org.sitrep.resolve.EditDistance;
import org.sitrep.resolve.NameFolder;

/**
 * Compares the places of two reports: by distance when both have coordinates, by name and country
 * otherwise. Thread-safe.
 */
final class Places {
  /** What two reports' places say about them being one event. */
  enum Verdict {
    /** Different countries, names of different places, or points too far apart. */
    CONFLICT,
    /** The same named place, or points within the radius their precision allows. */
    SAME,
    /** Only the country is shared (one report names no place below it). */
    COUNTRY,
    /** One report has no place: no evidence either way. */
    NONE
  }

  private static final String WORDS = "place-words.txt";
  private static final double EARTH_KM = 6371.0;

  /** How near two points of sites must be to be one spot, in km (a town's spread). */
  private static final double SPOT_KM = 3;

  private final Set<String> placeWords;
  private final NameFolder folder = new NameFolder();

  private Places(Set<String> placeWords) {
    this.placeWords = Set.copyOf(placeWords);
  }

  /** The comparer with the bundled list of place-kind words. */
  static Places standard() {
    return new Places(readWords());
  }

  /** The folded words of {@code place-words.txt}, sorted. */
  static Set<String> readWords() {
    Set<String> words = new TreeSet<>();
    try (InputStream in = Places.class.getResourceAsStream(WORDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sitrep/fuse/" + WORDS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WORDS, e);
    }
    return words;
  }

  /**
   * A report's place made ready for comparing: its name's words and its country folded once.
   *
   * @param location the place, or null
   * @param words the name's folded words without place-kind words; empty when it has no name
   * @param country the folded country, or null
   * @param specific whether it names a place below its country
   */
  record Prepared(Location location, Name name, String country, boolean specific) {}

  /**
   * A place name ready for comparing.
   *
   * @param words its folded words without place-kind words
   * @param joined those words run together
   * @param numbers the numbers in it, space-separated ("" when none)
   */
  record Name(List<String> words, String joined, String numbers) {
    static Name of(List<String> words) {
      String joined = String.join("", words);
      return new Name(List.copyOf(words), joined, joined.replaceAll("\\D+", " ").strip());
    }
  }

  /** {@code l} ready for {@link #compare(Prepared, Prepared)}. */
  Prepared prepare(Location l) {
    if (l == null) {
      return new Prepared(null, Name.of(List.of()), null, false);
    }
    return new Prepared(
        l,
        Name.of(l.name() == null ? List.of() : words(l.name())),
        l.country() == null ? null : fold(l.country()),
        specific(l));
  }

  /** What the places of two reports say; symmetric. */
  Verdict compare(Location a, Location b) {
    return compare(prepare(a), prepare(b));
  }

  /** What two prepared places say; symmetric. */
  Verdict compare(Prepared pa, Prepared pb) {
    Location a = pa.location();
    Location b = pb.location();
    if (a == null || b == null) {
      return Verdict.NONE;
    }
    boolean sameCountry = pa.country() != null && pb.country() != null;
    if (sameCountry && !pa.country().equals(pb.country())) {
      return Verdict.CONFLICT;
    }
    if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
      boolean region =
          a.precision() != null && a.precision() >= 3
              || b.precision() != null && b.precision() >= 3;
      if (region && a.admin1() != null && b.admin1() != null && !a.admin1().equals(b.admin1())) {
        // A region holds what lies in it, not what lies near it: Kabul is not in Nangarhar.
        return Verdict.CONFLICT;
      }
      double km = distanceKm(a, b);
      if (km > Math.max(radiusKm(a.precision()), radiusKm(b.precision()))) {
        return Verdict.CONFLICT;
      }
      return pa.specific() && pb.specific() ? Verdict.SAME : Verdict.COUNTRY;
    }
    if (pa.specific() && pb.specific()) {
      return sameName(pa.name(), pb.name()) ? Verdict.SAME : Verdict.CONFLICT;
    }
    return sameCountry ? Verdict.COUNTRY : Verdict.NONE;
  }

  /**
   * Whether two places are one spot, as a weaker link needs: both name a place below their country,
   * and the names agree or both resolved to one point of a town or a site. Points of districts are
   * not enough: two towns of one district share its point.
   */
  boolean sameSpot(Prepared pa, Prepared pb) {
    if (compare(pa, pb) != Verdict.SAME) {
      return false;
    }
    Location a = pa.location();
    Location b = pb.location();
    if (!pa.name().words().isEmpty() && sameName(pa.name(), pb.name())) {
      return true;
    }
    boolean points = a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null;
    boolean sites =
        (a.precision() == null || a.precision() <= 1)
            && (b.precision() == null || b.precision() <= 1);
    return points && sites && distanceKm(a, b) <= SPOT_KM;
  }

  /** Whether it names a place below its country (a town, a base), not a region or the country. */
  boolean specific(Location l) {
    if (l == null || l.name() == null || (l.precision() != null && l.precision() >= 3)) {
      return false;
    }
    String name = fold(l.name());
    return !name.isEmpty() && (l.country() == null || !name.equals(fold(l.country())));
  }

  /**
   * Whether two place names name one place: equal once folded and stripped of place-kind words, one
   * a run of the other's words ("Baghuz" in "Baghuz Fawqani"), or a spelling apart ("Ain al-Asad",
   * "Ain al-Assad").
   */
  boolean sameName(String a, String b) {
    return sameName(Name.of(words(a)), Name.of(words(b)));
  }

  private static boolean sameName(Name x, Name y) {
    if (x.words().isEmpty() || y.words().isEmpty()) {
      return false;
    }
    if (x.joined().equals(y.joined())
        || containsRun(x.words(), y.words())
        || containsRun(y.words(), x.words())) {
      return true;
    }
    // "Camp 1" and "Camp 2", "T-4" and "T-2": numbers in names are never spelling variants.
    if (!x.numbers().equals(y.numbers())) {
      return false;
    }
    int shorter = Math.min(x.joined().length(), y.joined().length());
    int allowed = Math.max(1, shorter / 6);
    // The distance is at least the difference in length: most pairs end here, cheaply.
    return shorter >= 5
        && Math.abs(x.joined().length() - y.joined().length()) <= allowed
        && EditDistance.osa(x.joined(), y.joined()) <= allowed;
  }

  private static boolean containsRun(List<String> longer, List<String> shorter) {
    // A single article ("al") is no place of its own.
    if (shorter.size() > longer.size() || String.join("", shorter).length() < 4) {
      return false;
    }
    for (int i = 0; i + shorter.size() <= longer.size(); i++) {
      if (longer.subList(i, i + shorter.size()).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  private List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.split("[\\s\\-‐‑–—'’,.()/]+")) {
      String folded = folder.fold(word);
      if (!folded.isEmpty() && !placeWords.contains(folded)) {
        words.add(folded);
      }
    }
    return words;
  }

  private String fold(String name) {
    return String.join("", words(name));
  }

  /** How far from its point a place of this ACLED geo_precision may lie, in km. */
  private static double radiusKm(Integer precision) {
    if (precision == null || precision <= 1) {
      return 15;
    }
    return precision == 2 ? 40 : 150;
  }

  private static double distanceKm(Location a, Location b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
