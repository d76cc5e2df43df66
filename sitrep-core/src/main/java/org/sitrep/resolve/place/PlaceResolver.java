package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.Countries;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/**
 * Resolves the places reports name to gazetteer entries with a point and an ACLED precision: 1 a
 * named town or facility, 2 near one (or a facility known only roughly), 3 a first-level region,
 * pointed at its capital as ACLED does; a place known only as a country keeps no point and no
 * precision. Candidates come by folded key, then by consonant skeleton, then within one edit, the
 * last two only in countries the document names. Among them the document decides: the country
 * extraction gave the place, the countries and regions the document names, whether the text calls
 * it a province or puts the event near it, the places it names unambiguously near a candidate, then
 * feature kind and population. Immutable and thread-safe.
 */
public final class PlaceResolver {
  private final Gazetteer gazetteer;
  private final PlaceWords words;
  private final PlaceKeys keys = new PlaceKeys();
  private final Pattern regionAfter;
  private final Pattern regionBefore;
  private final Pattern nearBefore;
  private final Pattern nearAnywhere;

  public PlaceResolver(Gazetteer gazetteer, PlaceWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
    String region = words.regionPattern().pattern();
    this.regionAfter = Pattern.compile("(?i)^\\s+" + region + "\\b");
    this.regionBefore = Pattern.compile("(?i)\\b" + region + "\\s+of\\s+(the\\s+)?$");
    this.nearBefore =
        Pattern.compile(
            "(?i)\\b"
                + words.nearPattern().pattern()
                + "\\s+(the\\s+)?((town|city|village) of\\s+)?$");
    this.nearAnywhere = Pattern.compile("(?i)\\b" + words.nearPattern().pattern() + "\\b");
  }

  /** The resolver over the user's own index if there is one, else the bundled one. */
  public static PlaceResolver standard() {
    return new PlaceResolver(GazetteerIndex.standard(), PlaceWords.bundled());
  }

  /** The reports of a document with every location resolved; reports without one are kept. */
  public List<Report> resolve(List<Report> reports, String text) {
    DocumentPlaces document = DocumentPlaces.read(text, gazetteer, keys, words);
    List<Report> out = new ArrayList<>(reports.size());
    for (Report r : reports) {
      if (r.location() == null) {
        // "Kenyan police arrested ...", "in Somalia": no place, but the country is known.
        out.add(
            documentCountry(document)
                .map(
                    code ->
                        r.withLocation(Location.named(Countries.name(code), Countries.name(code))))
                .orElse(r));
        continue;
      }
      Location resolved = resolve(r.location(), r.evidence(), document);
      String where =
          r.evidence().contains(r.location().name() == null ? "\u0000" : r.location().name())
              ? r.evidence()
              : text;
      PlaceHierarchy.Containers containers = PlaceHierarchy.of(where, r.location().name());
      if (!containers.names().isEmpty() && !isCountryOnly(resolved)) {
        resolved = withinContainers(r.location(), resolved, containers, document);
      }
      // Only a site (a mosque, a base), or a place its sentence puts near a town ("Buqa, 37 miles
      // north of Qandala"), is put at the town near it; a town the gazetteer lacks is not where
      // another town is ("the town of Chakra" is not Beirut).
      if (resolved.lat() == null
          && !isCountryOnly(resolved)
          && (words.isFacilityName(resolved.name()) || nearAnywhere.matcher(r.evidence()).find())) {
        Span paragraph = new Span(paragraphStart(text, r.span().begin()), r.span().end());
        resolved = nearNamedTown(resolved, paragraph, document).orElse(resolved);
      }
      out.add(r.withLocation(withDocumentCountry(resolved, document)));
    }
    return out;
  }

  /**
   * A place the text writes inside others ("X village (Afmadow, Lower Juba)"): those decide. A
   * candidate of the place's name in their country (in their region, where the text names one)
   * stands; one abroad never wins over them. A place the gazetteer lacks inside them is placed at
   * the innermost of them it knows, as ACLED places a village it cannot find at its district or
   * region: precision 2, the name as written.
   */
  private Location withinContainers(
      Location named,
      Location resolved,
      PlaceHierarchy.Containers containers,
      DocumentPlaces document) {
    Place inner = null;
    String country = countryCode(named.country()).orElse(null);
    String admin1 = null;
    List<String> names = containers.names();
    for (int i = names.size() - 1; i >= 0; i--) {
      boolean regionLevel = containers.administrative() && i == names.size() - 1;
      Optional<Place> p = container(names.get(i), country, admin1, regionLevel, document);
      if (p.isPresent()) {
        inner = p.get();
        country = inner.countryCode();
        admin1 = inner.admin1() != null ? inner.admin1() : admin1;
      }
    }
    if (inner == null && country != null) {
      // The country extraction guessed ("a man from Burkina Faso in X (Materi, Atacora)") gives
      // way to the district and region the text names beside the place.
      admin1 = null;
      for (int i = names.size() - 1; i >= 0; i--) {
        boolean regionLevel = containers.administrative() && i == names.size() - 1;
        Optional<Place> p =
            container(
                names.get(i),
                inner == null ? null : inner.countryCode(),
                admin1,
                regionLevel,
                document);
        if (p.isPresent()) {
          inner = p.get();
          admin1 = inner.admin1() != null ? inner.admin1() : admin1;
        }
      }
    }
    if (inner == null) {
      return resolved;
    }
    String code = inner.countryCode();
    String region = admin1;
    boolean consistent =
        resolved.lat() != null
            && Countries.name(code).equals(resolved.country())
            && (region == null || resolved.admin1() == null || region.equals(resolved.admin1()));
    if (consistent) {
      return resolved;
    }
    Optional<Place> own =
        gazetteer.byKey(keys.key(named.name())).stream()
            .filter(p -> p.countryCode().equals(code) && p.kind() != PlaceKind.COUNTRY)
            .max(
                Comparator.comparingInt(
                        (Place p) -> region != null && region.equals(p.admin1()) ? 1 : 0)
                    .thenComparingLong(Place::population));
    if (own.isPresent()) {
      Place p = own.get();
      return new Location(
          named.name(),
          Countries.name(code),
          p.admin1(),
          round(p.lat()),
          round(p.lon()),
          Math.max(1, p.precision()),
          p.geonamesId() == 0 ? null : p.geonamesId());
    }
    if (inner.kind() == PlaceKind.COUNTRY) {
      // "X in Somalia": the country, but no point in it.
      return Location.named(named.name(), Countries.name(code));
    }
    return new Location(
        named.name(),
        Countries.name(code),
        inner.kind() == PlaceKind.REGION ? inner.admin1() : region,
        round(inner.lat()),
        round(inner.lon()),
        2,
        null);
  }

  /**
   * The gazetteer entry a container's name stands for: a region, or a town (a district's seat), in
   * {@code country} and {@code admin1} where these are known.
   */
  private Optional<Place> container(
      String name, String country, String admin1, boolean regionLevel, DocumentPlaces document) {
    String bare = words.withoutRegionSuffix(name);
    boolean unitWord = !bare.equals(name);
    Set<String> nameKeys = Set.copyOf(List.of(keys.key(bare), keys.key(name)));
    List<Place> found = new ArrayList<>();
    for (String key : nameKeys) {
      gazetteer.byKey(key).stream()
          .filter(p -> nameKeys.contains(keys.key(p.name())))
          .forEach(found::add);
    }
    boolean exactRegion = found.stream().anyMatch(p -> p.kind() == PlaceKind.REGION);
    if (!exactRegion) {
      // Regions are spelt many ways ("Middle Shabelle", "Middle Shebelle"): a region of the same
      // consonants, or one letter off, stands in for the name, as only a region, never a town, may.
      // A skeleton alone matches too much ("Atacora" and "Takhar"): only in a country the text
      // gives.
      gazetteer.bySkeleton(PlaceKeys.skeleton(keys.key(bare))).stream()
          .filter(p -> p.kind() == PlaceKind.REGION)
          .filter(
              p ->
                  country != null
                      ? p.countryCode().equals(country)
                      : document.share(p.countryCode()) > 0)
          .forEach(found::add);
      // "Atacora" and "Atakora": one letter apart.
      for (String near : gazetteer.keysNear(keys.key(bare), 6)) {
        gazetteer.byKey(near).stream()
            .filter(p -> p.kind() == PlaceKind.REGION)
            .forEach(found::add);
      }
    }
    return found.stream()
        .filter(p -> p.kind() != PlaceKind.FACILITY)
        .filter(
            p ->
                country != null
                    ? p.countryCode().equals(country)
                    // Without a country to go by, a town is a container only in a country the
                    // document names, or as a city too large to be a namesake; in the region's
                    // place of "(Bossaso, Bari)" only a capital (a division named for it), as
                    // Bari there is no town in Italy.
                    : p.kind() != PlaceKind.TOWN
                        || document.share(p.countryCode()) > 0
                        || (!regionLevel || p.seat() == 3) && largestOfItsName(p))
        .max(
            Comparator.comparingDouble(
                (Place p) -> {
                  double s = 0;
                  if (admin1 != null && admin1.equals(p.admin1())) {
                    s += 5;
                  }
                  if (p.kind() == PlaceKind.COUNTRY) {
                    s += 1;
                  } else if (p.kind() == PlaceKind.REGION) {
                    s += (unitWord ? 4 : 2) + (nameKeys.contains(keys.key(p.name())) ? 1 : 0);
                  } else {
                    s += Math.log10(p.population() + 10) / 2;
                  }
                  return s + 4 * document.share(p.countryCode());
                }));
  }

  /** A city of 40,000 or more, the largest place of its name. */
  private boolean largestOfItsName(Place p) {
    return p.population() >= CITY_POPULATION
        && gazetteer.byKey(keys.key(p.name())).stream()
            .allMatch(o -> o == p || o.population() <= p.population());
  }

  /**
   * A place left without a country takes the one the document is about: a town the gazetteer lacks
   * in a text about Somalia is in Somalia.
   */
  private Location withDocumentCountry(Location location, DocumentPlaces document) {
    if (location.country() != null) {
      return location;
    }
    return documentCountry(document)
        .map(
            code ->
                new Location(
                    location.name(),
                    Countries.name(code),
                    location.admin1(),
                    location.lat(),
                    location.lon(),
                    location.precision(),
                    location.geonamesId()))
        .orElse(location);
  }

  /** The share of the document's country evidence that makes a country the document's own. */
  private static final double OWN_COUNTRY_SHARE = 0.5;

  /** The country the document's names and demonyms point to most, when it leads clearly. */
  private static Optional<String> documentCountry(DocumentPlaces document) {
    return document.countryWeights().keySet().stream()
        .max(Comparator.comparingDouble(document::share))
        .filter(code -> document.share(code) > OWN_COUNTRY_SHARE);
  }

  /** Towns this large are taken over a country given by context that has no place of the name. */
  private static final long CITY_POPULATION = 40_000;

  /** Towns smaller than this are too often a common word's namesake to stand for a place near. */
  private static final long TOWN_POPULATION = 1000;

  /**
   * A place the gazetteer lacks ("the Ibn Taymiyyah Mosque", in a paragraph about Rafah) lies near
   * the town of its country that its paragraph names closest before it or in its sentence, as ACLED
   * codes a place known only by what is near it: precision 2, at that town. A town named in another
   * paragraph says nothing of where the place is ("In a separate incident, ... the town of Chakra"
   * after a strike on Beirut).
   *
   * @param window from the start of the report's paragraph to the end of its sentence
   */
  private Optional<Location> nearNamedTown(Location named, Span window, DocumentPlaces document) {
    int offset = window.end();
    String country = countryCode(named.country()).orElse(null);
    Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DocumentPlaces.Phrase phrase : document.phrases()) {
      int distance = Math.abs(phrase.offset() - offset);
      if (phrase.offset() < window.begin()
          || phrase.offset() >= window.end()
          || distance >= bestDistance) {
        continue;
      }
      Optional<Place> town =
          gazetteer.byKey(phrase.key()).stream()
              .filter(
                  p ->
                      country != null
                          ? p.countryCode().equals(country)
                          : document.share(p.countryCode()) > 0)
              .filter(
                  p ->
                      p.kind() == PlaceKind.FACILITY
                          || p.kind() == PlaceKind.TOWN && p.population() >= TOWN_POPULATION)
              .max(Comparator.comparingLong(Place::population));
      if (town.isPresent()) {
        best = town.get();
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best)
        .map(
            t ->
                new Location(
                    named.name(),
                    Countries.name(t.countryCode()),
                    t.admin1(),
                    round(t.lat()),
                    round(t.lon()),
                    2,
                    null));
  }

  /** Where the paragraph holding {@code offset} begins: just past the blank line before it. */
  private static int paragraphStart(String text, int offset) {
    int end = Math.min(Math.max(offset, 0), text.length());
    int blank = Math.max(text.lastIndexOf("\n\n", end), text.lastIndexOf("\r\n\r\n", end));
    return blank < 0 ? 0 : blank + 1;
  }

  /** Whether {@code location} names a whole country: its name is its country's. */
  private boolean isCountryOnly(Location location) {
    return location.name() == null
        || location.country() != null
            && keys.key(location.name()).equals(keys.key(location.country()))
        || gazetteer.byKey(keys.key(location.name())).stream()
            .anyMatch(p -> p.kind() == PlaceKind.COUNTRY);
  }

  /**
   * The location {@code named} resolves to, read in {@code evidence} (the sentence that names it)
   * of a document that names {@code document}; {@code named} itself when no entry fits.
   */
  public Location resolve(Location named, String evidence, DocumentPlaces document) {
    String name = named.name();
    String given = countryCode(named.country()).orElse(null);
    if (name == null || gazetteer.demonymCountry(keys.key(name)).isPresent()) {
      return named;
    }
    Set<Place> own = new HashSet<>(gazetteer.byKey(keys.key(name)));
    own.addAll(gazetteer.byKey(keys.key(words.withoutFacilitySuffix(name))));
    own.addAll(gazetteer.byKey(keys.key(words.withoutRegionSuffix(name))));
    Mention mention =
        new Mention(name, given, regionCue(evidence, name), nearCue(evidence, name), own);
    List<Scored> candidates = candidates(mention, document);
    Optional<Scored> best = candidates.stream().max(Comparator.comparingDouble(Scored::score));
    Set<String> nameKeys =
        new HashSet<>(
            List.of(
                keys.key(name),
                keys.key(words.withoutFacilitySuffix(name)),
                keys.key(words.withoutRegionSuffix(name))));
    boolean namedInGiven =
        own.stream()
            .anyMatch(p -> p.countryCode().equals(given) && nameKeys.contains(keys.key(p.name())));
    if (given != null && !namedInGiven) {
      Optional<Scored> city =
          candidates.stream()
              .filter(
                  c ->
                      c.place().kind() == PlaceKind.TOWN
                          && c.place().population() >= CITY_POPULATION
                          && nameKeys.contains(keys.key(c.place().name())))
              .max(Comparator.comparingDouble(Scored::score));
      if (city.isPresent()) {
        return located(named, city.get().place(), mention);
      }
    }
    // A town of the same name abroad is a namesake, not the place: "Buqa, Somalia" is not the
    // Buqa of another country. Only areas that straddle borders may differ from the given one,
    // and a city too large to be anyone's namesake where no place of the given country bears the
    // name as its own (an alternate spelling of a village does not count): the country given is
    // then a guess from context ("US troops at Kabul airport").
    Optional<String> home = documentCountry(document);
    if (given == null
        && home.isPresent()
        && best.isPresent()
        && isNamesakeAbroad(best.get().place(), home.get(), document)) {
      // A village the gazetteer lacks in a text about Nigeria is in Nigeria, not its namesake in
      // Spain: the country stands, without a point.
      return Location.named(name, Countries.name(home.get()));
    }
    return best.filter(
            s ->
                given == null
                    || s.place().kind() != PlaceKind.TOWN
                    || s.place().countryCode().equals(given))
        .map(s -> located(named, s.place(), mention))
        .orElse(named);
  }

  /**
   * Whether {@code p} is a town abroad that a document about {@code home} more likely names by a
   * namesake: small enough to share its name, in a country the document never names.
   */
  private static boolean isNamesakeAbroad(Place p, String home, DocumentPlaces document) {
    // A demonym alone says who acted, not where: "a Russian strike on Jisr al-Shughur".
    return p.kind() == PlaceKind.TOWN
        && document.named().contains(home)
        && !p.countryCode().equals(home)
        && p.population() < CITY_POPULATION
        && document.share(p.countryCode()) == 0;
  }

  /**
   * How the text names the place.
   *
   * @param own the entries its name stands for, which cannot be its own near-by evidence
   */
  private record Mention(
      String name, String country, boolean region, boolean near, Set<Place> own) {}

  /** A candidate with its score. */
  private record Scored(Place place, double score) {}

  private List<Scored> candidates(Mention m, DocumentPlaces document) {
    String key = keys.key(m.name());
    List<Scored> scored = new ArrayList<>();
    boolean facilityWord = words.isFacilityName(m.name());
    for (Place p : gazetteer.byKey(key)) {
      scored.add(new Scored(p, score(p, m, document, facilityWord)));
    }
    if (facilityWord) {
      for (Place p : gazetteer.byKey(keys.key(words.withoutFacilitySuffix(m.name())))) {
        // "Harir Airbase": the base, else the town it is named for.
        double s = score(p, m, document, p.kind() == PlaceKind.FACILITY);
        scored.add(new Scored(p, p.kind() == PlaceKind.FACILITY ? s : s - 1));
      }
    }
    String regionless = words.withoutRegionSuffix(m.name());
    if (!regionless.equals(m.name())) {
      for (Place p : gazetteer.byKey(keys.key(regionless))) {
        scored.add(new Scored(p, score(p, m, document, false)));
      }
    }
    // Spelling variants only where the text puts the place: in the country extraction gave it,
    // else in a country the document names. "Koya, Iraq" is Koye, not Koya in Japan.
    boolean inGiven = scored.stream().anyMatch(c -> c.place().countryCode().equals(m.country()));
    if (scored.isEmpty() || m.country() != null && !inGiven) {
      List<Scored> variants = new ArrayList<>();
      for (Place p : gazetteer.bySkeleton(PlaceKeys.skeleton(key))) {
        if (placedBy(p, m, document)) {
          variants.add(new Scored(p, score(p, m, document, facilityWord) - 2));
        }
      }
      for (String near : gazetteer.keysNear(key, m.country() == null ? 6 : 4)) {
        for (Place p : gazetteer.byKey(near)) {
          if (placedBy(p, m, document)) {
            variants.add(new Scored(p, score(p, m, document, facilityWord) - 3));
          }
        }
      }
      scored.addAll(variants);
    }
    return scored;
  }

  /** Whether the text puts the place in the candidate's country: a variant needs that. */
  private static boolean placedBy(Place p, Mention m, DocumentPlaces document) {
    return m.country() != null
        ? p.countryCode().equals(m.country())
        : document.share(p.countryCode()) > 0;
  }

  private static double score(Place p, Mention m, DocumentPlaces document, boolean facilityWord) {
    double s =
        switch (p.kind()) {
          case COUNTRY -> 8;
          case REGION -> m.region() ? 12 : 3.5;
          case FACILITY -> facilityWord ? 12 : 6;
          case TOWN -> Math.log10(p.population() + 10) + seatBonus(p.seat());
        };
    if (m.country() != null) {
      s += p.countryCode().equals(m.country()) ? 10 : -3;
    }
    double share = document.share(p.countryCode());
    s += share > 0 ? 2 + 6 * share : 0;
    if (p.admin1() != null
        && p.kind() != PlaceKind.REGION
        && document.regions().contains(p.countryCode() + "|" + p.admin1())) {
      s += 3;
    }
    if (p.kind() != PlaceKind.COUNTRY && nearAnchor(p, m, document)) {
      s += 4;
    }
    return s;
  }

  /** How close (km) a place named unambiguously must be to count as near by. */
  private static final double NEAR_KM = 100;

  /** Whether another place the document names unambiguously lies near {@code p}. */
  private static boolean nearAnchor(Place p, Mention m, DocumentPlaces document) {
    for (Place a : document.anchors()) {
      if (!m.own().contains(a) && kilometres(a, p) <= NEAR_KM) {
        return true;
      }
    }
    return false;
  }

  /** Great-circle distance, haversine, on a sphere of the Earth's mean radius. */
  private static double kilometres(Place a, Place b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }

  private static double seatBonus(int seat) {
    return switch (seat) {
      case 3 -> 2;
      case 2 -> 1.5;
      case 1 -> 0.5;
      default -> 0;
    };
  }

  private Location located(Location named, Place p, Mention m) {
    String country = Countries.name(p.countryCode());
    if (p.kind() == PlaceKind.COUNTRY) {
      return new Location(named.name(), country, null, null, null, null, null);
    }
    int precision = p.precision();
    if (m.near() && precision < 2) {
      precision = 2;
    }
    Long geonamesId = p.geonamesId() == 0 ? null : p.geonamesId();
    return new Location(
        named.name(), country, p.admin1(), round(p.lat()), round(p.lon()), precision, geonamesId);
  }

  /** Four decimals, about ten metres: the float the index keeps prints no further. */
  private static double round(double degrees) {
    return Math.round(degrees * 1e4) / 1e4;
  }

  private Optional<String> countryCode(String countryName) {
    if (countryName == null) {
      return Optional.empty();
    }
    return gazetteer.byKey(keys.key(countryName)).stream()
        .filter(p -> p.kind() == PlaceKind.COUNTRY)
        .map(Place::countryCode)
        .findFirst();
  }

  /** "Anbar province", "the province of Deir Ezzor", "al Bayda Governorate". */
  private boolean regionCue(String evidence, String name) {
    if (!words.withoutRegionSuffix(name).equals(name)) {
      return true;
    }
    for (int i = evidence.indexOf(name); i >= 0; i = evidence.indexOf(name, i + 1)) {
      String before = evidence.substring(Math.max(0, i - 30), i);
      String after = evidence.substring(i + name.length());
      if (regionAfter.matcher(after).find() || regionBefore.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  /** "near Mosul", "on the outskirts of Kabul", "20 km north of Baghdad". */
  private boolean nearCue(String evidence, String name) {
    for (int i = evidence.indexOf(name); i >= 0; i = evidence.indexOf(name, i + 1)) {
      if (nearBefore.matcher(evidence.substring(Math.max(0, i - 40), i)).find()) {
        return true;
      }
    }
    return false;
  }
}
