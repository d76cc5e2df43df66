package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.resolve.EditDistance;

/**
 * The places Sitrep resolves names to: countries, first-level regions, populated places and the
 * supplement's facilities, each reachable by the folded keys of all its names ({@link PlaceKeys}).
 * Keys are held sorted in arrays with their postings, so a gazetteer of 200,000 places loads in
 * well under a second and takes a few tens of megabytes. Immutable and thread-safe.
 */
public final class Gazetteer {
  private final List<Place> places;
  private final KeyTable keys;
  private final KeyTable skeletons;
  private final Map<String, String> demonyms;
  private final Map<String, Place> countries;
  private final Map<String, String> admin1Names;

  /**
   * A gazetteer over the given entries.
   *
   * @param places every entry; postings are indices into it
   * @param keys folded key to entries
   * @param skeletons consonant skeleton to entries
   * @param demonyms folded demonym ("iranian") to ISO country code
   * @param admin1Names GeoNames admin1 code ("SY.07") to the region's name
   */
  Gazetteer(
      List<Place> places,
      KeyTable keys,
      KeyTable skeletons,
      Map<String, String> demonyms,
      Map<String, String> admin1Names) {
    this.places = List.copyOf(places);
    this.admin1Names = Collections.unmodifiableMap(new TreeMap<>(admin1Names));
    this.keys = keys;
    this.skeletons = skeletons;
    this.demonyms = Collections.unmodifiableMap(new TreeMap<>(demonyms));
    Map<String, Place> byCode = new TreeMap<>();
    for (Place p : places) {
      if (p.kind() == PlaceKind.COUNTRY) {
        byCode.put(p.countryCode(), p);
      }
    }
    this.countries = Collections.unmodifiableMap(byCode);
  }

  /** The entries whose names fold to {@code key}; empty when none. */
  public List<Place> byKey(String key) {
    return resolve(keys.postings(key));
  }

  /** The entries whose names have the consonant skeleton {@code skeleton}; empty when none. */
  public List<Place> bySkeleton(String skeleton) {
    return resolve(skeletons.postings(skeleton));
  }

  /**
   * The keys within one edit of {@code key} that share its first two letters, for a last-resort
   * fuzzy match; empty for keys shorter than {@code shortest} letters, where one edit makes another
   * name.
   */
  public List<String> keysNear(String key, int shortest) {
    if (key.length() < Math.max(3, shortest)) {
      return List.of();
    }
    List<String> near = new ArrayList<>();
    for (String k : keys.withPrefix(key.substring(0, 2))) {
      if (Math.abs(k.length() - key.length()) <= 1
          && !k.equals(key)
          && EditDistance.osa(k, key) <= 1) {
        near.add(k);
      }
    }
    return near;
  }

  /** The country with ISO 3166-1 alpha-2 {@code code}, or empty when the gazetteer lacks it. */
  public Optional<Place> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** Every country, by code. */
  public Map<String, Place> countries() {
    return countries;
  }

  /** The country whose people {@code foldedWord} names ("iranian"), or empty. */
  public Optional<String> demonymCountry(String foldedWord) {
    return Optional.ofNullable(demonyms.get(foldedWord));
  }

  /** Every folded demonym with its country code, sorted. */
  public Map<String, String> demonyms() {
    return demonyms;
  }

  /** GeoNames admin1 codes ("SY.07") with the names of their regions, sorted. */
  public Map<String, String> admin1Names() {
    return admin1Names;
  }

  /** All entries, in index order. */
  public List<Place> places() {
    return places;
  }

  /** The key table, for writing the index. */
  KeyTable keyTable() {
    return keys;
  }

  /** The skeleton table, for writing the index. */
  KeyTable skeletonTable() {
    return skeletons;
  }

  private List<Place> resolve(int[] postings) {
    List<Place> out = new ArrayList<>(postings.length);
    for (int i : postings) {
      out.add(places.get(i));
    }
    return out;
  }

  /**
   * Sorted keys with their postings: key {@code i} maps to {@code postings[starts[i] ..
   * starts[i+1])}.
   */
  record KeyTable(String[] keys, int[] starts, int[] postings) {
    /** A table from key to sorted, distinct entry indices. */
    static KeyTable of(Map<String, ? extends java.util.Collection<Integer>> byKey) {
      TreeMap<String, int[]> sorted = new TreeMap<>();
      byKey.forEach(
          (k, v) ->
              sorted.put(k, v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
      String[] keys = sorted.keySet().toArray(new String[0]);
      int[] starts = new int[keys.length + 1];
      int total = 0;
      int i = 0;
      for (int[] p : sorted.values()) {
        starts[i++] = total;
        total += p.length;
      }
      starts[keys.length] = total;
      int[] postings = new int[total];
      i = 0;
      for (int[] p : sorted.values()) {
        System.arraycopy(p, 0, postings, starts[i++], p.length);
      }
      return new KeyTable(keys, starts, postings);
    }

    int[] postings(String key) {
      int i = Arrays.binarySearch(keys, key);
      return i < 0 ? new int[0] : Arrays.copyOfRange(postings, starts[i], starts[i + 1]);
    }

    List<String> withPrefix(String prefix) {
      int from = Arrays.binarySearch(keys, prefix);
      from = from < 0 ? -from - 1 : from;
      List<String> out = new ArrayList<>();
      for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
        out.add(keys[i]);
      }
      return out;
    }
  }
}
