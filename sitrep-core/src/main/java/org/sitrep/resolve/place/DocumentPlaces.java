package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about where it is: how often it names each country (a demonym counts half:
 * "an Iranian parade" is evidence for Iran, not a place in it; so does a town whose name is almost
 * surely that country's) and which first-level regions it names as regions ("Iraq's Anbar
 * province", "the province of Deir Ezzor"), and where it names other capitalised phrases that may
 * be towns, and the places among them that can only be one place (a town of 10,000 or more that no
 * other such town shares its name with, or a facility of the supplement): other places near by.
 * Immutable.
 *
 * @param countryWeights ISO code to weight, sorted
 * @param regions "CC|region name" of the regions named, sorted
 * @param phrases capitalised phrases that are no country, region or demonym, by offset
 * @param anchors the places the document names unambiguously
 * @param named ISO codes of the countries the document names by a place (the country, a region, a
 *     city), not only by a demonym ("a Russian strike" names no place in Russia), sorted
 */
public record DocumentPlaces(
    Map<String, Double> countryWeights,
    Set<String> regions,
    List<Phrase> phrases,
    List<Place> anchors,
    Set<String> named) {
  /** A town smaller than this is too often one of many namesakes to anchor the document. */
  private static final long ANCHOR_POPULATION = 10_000;

  /** A town this large may say its document's country. */
  private static final long CITY_POPULATION = 50_000;

  /** How much more populous than its namesakes abroad a town must be to say its country. */
  private static final long DOMINANCE = 20;

  /**
   * A town's weight as evidence of its country: as a demonym's, less than a country's own name,
   * since a capitalised word may be a person's name that is also a town's.
   */
  private static final double TOWN_WEIGHT = 0.5;

  /**
   * A capitalised phrase of the document, perhaps a place.
   *
   * @param offset UTF-16 offset of the phrase in the document's text
   * @param key its folded key
   */
  public record Phrase(int offset, String key) {}

  private static final Pattern CAPITALISED =
      Pattern.compile(
          "\\b[A-Z][\\p{L}\\p{M}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?(?:(?:al|el|ad|as|ez|az|ar)[- ])?"
              + "[A-Z][\\p{L}\\p{M}'’-]*){0,3}");
  private static final int LONGEST = 4;

  public DocumentPlaces {
    countryWeights = Collections.unmodifiableMap(new TreeMap<>(countryWeights));
    regions = Collections.unmodifiableSet(new TreeSet<>(regions));
    phrases = List.copyOf(phrases);
    anchors = List.copyOf(anchors);
    named = Collections.unmodifiableSet(new TreeSet<>(named));
  }

  /** A document that names no place. */
  public static DocumentPlaces none() {
    return new DocumentPlaces(Map.of(), Set.of(), List.of(), List.of(), Set.of());
  }

  /**
   * Reads the countries and regions {@code text} names, by looking names up in {@code gazetteer}.
   */
  static DocumentPlaces read(String text, Gazetteer gazetteer, PlaceKeys keys, PlaceWords words) {
    Map<String, Double> weights = new TreeMap<>();
    Set<String> regions = new TreeSet<>();
    Set<String> named = new TreeSet<>();
    Pattern regionWord = words.regionPattern();
    List<Phrase> unplaced = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      List<String> tokens = List.of(m.group().replaceAll("['’]s\\b", "").split("\\s+"));
      int i = 0;
      while (i < tokens.size()) {
        int used = 1;
        for (int len = Math.min(LONGEST, tokens.size() - i); len >= 1; len--) {
          String phrase = String.join(" ", tokens.subList(i, i + len));
          String key = keys.key(phrase);
          if (key.isEmpty()) {
            continue;
          }
          boolean found = false;
          for (Place p : gazetteer.byKey(key)) {
            if (p.kind() == PlaceKind.COUNTRY) {
              weights.merge(p.countryCode(), 1.0, Double::sum);
              named.add(p.countryCode());
              found = true;
            } else if (p.kind() == PlaceKind.REGION
                && (i + len < tokens.size() && regionWord.matcher(tokens.get(i + len)).matches()
                    || i + len == tokens.size()
                        && regionCue(text, m.start(), m.end(), regionWord))) {
              regions.add(p.countryCode() + "|" + p.admin1());
              weights.merge(p.countryCode(), 0.25, Double::sum);
              named.add(p.countryCode());
              found = true;
            }
          }
          if (!found && len == 1) {
            var demonym = gazetteer.demonymCountry(key);
            if (demonym.isPresent()) {
              weights.merge(demonym.get(), 0.5, Double::sum);
              found = true;
            }
          }
          if (found) {
            used = len;
            break;
          }
          if (len == Math.min(LONGEST, tokens.size() - i) && key.length() >= 4) {
            unplaced.add(new Phrase(m.start() + m.group().indexOf(tokens.get(i)), key));
          }
        }
        i += used;
      }
    }
    List<Place> anchors = new ArrayList<>();
    for (Phrase phrase : unplaced) {
      List<Place> candidates = gazetteer.byKey(phrase.key());
      List<Place> only =
          candidates.stream()
              .filter(
                  p ->
                      p.kind() == PlaceKind.FACILITY
                          || p.kind() == PlaceKind.TOWN && p.population() >= ANCHOR_POPULATION)
              .toList();
      if (only.size() == 1 && !anchors.contains(only.get(0))) {
        anchors.add(only.get(0));
      }
      if (!sentenceInitial(text, phrase.offset())) {
        dominantTown(phrase.key(), candidates, keys)
            .ifPresent(
                p -> {
                  weights.merge(p.countryCode(), TOWN_WEIGHT, Double::sum);
                  named.add(p.countryCode());
                });
      }
    }
    return new DocumentPlaces(weights, regions, unplaced, anchors, named);
  }

  /** The share of the document's country evidence that points to {@code code}, 0 to 1. */
  public double share(String code) {
    double total = countryWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    return total == 0 ? 0 : countryWeights.getOrDefault(code, 0.0) / total;
  }

  /**
   * The town a name almost surely means: a city of {@value #CITY_POPULATION} people or more, named
   * so by GeoNames itself (not by an alternate name: "Bazar" is one of Bazar-Korgon's), at least
   * {@value #DOMINANCE} times as populous as all its namesakes abroad together ("Moscow" is
   * Russia's, not Idaho's). Smaller towns share their names with common words too often ("Police",
   * "March", "Hospital").
   */
  private static Optional<Place> dominantTown(String key, List<Place> candidates, PlaceKeys keys) {
    Place top = null;
    for (Place p : candidates) {
      if (p.kind() == PlaceKind.TOWN && (top == null || p.population() > top.population())) {
        top = p;
      }
    }
    if (top == null || top.population() < CITY_POPULATION || !keys.key(top.name()).equals(key)) {
      return Optional.empty();
    }
    String country = top.countryCode();
    long abroad =
        candidates.stream()
            .filter(p -> p.kind() == PlaceKind.TOWN && !p.countryCode().equals(country))
            .mapToLong(Place::population)
            .sum();
    return top.population() >= DOMINANCE * abroad ? Optional.of(top) : Optional.empty();
  }

  /** Whether the phrase at {@code offset} opens a sentence, where every word is capitalised. */
  private static boolean sentenceInitial(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?:\"“".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean regionCue(String text, int begin, int end, Pattern regionWord) {
    String after = text.substring(end, Math.min(text.length(), end + 16));
    String before = text.substring(Math.max(0, begin - 20), begin);
    return lookingAtWord(after, regionWord)
        || before.matches("(?is).*\\b(" + regionWord.pattern() + ")\\s+of\\s+(the\\s+)?$")
        // "X village (Afmadow, Lower Juba)", "X town (Alibori)": the last name in a place's
        // brackets is its region.
        || before.matches("(?s).*\\((?:[^()]{1,40},)?\\s*$") && after.matches("(?s)^\\s*\\).*");
  }

  private static boolean lookingAtWord(String after, Pattern regionWord) {
    Matcher m = regionWord.matcher(after.stripLeading());
    return after.length() > 0 && Character.isWhitespace(after.charAt(0)) && m.lookingAt();
  }
}
