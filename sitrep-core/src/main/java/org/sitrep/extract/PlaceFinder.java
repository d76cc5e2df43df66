package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.lexicon.PatternRules;
import org.sitrep.model.ActorKind;
import org.sitrep.nlp.EntityMention;

/**
 * Finds the places a sentence names, as written: facilities ("the Harir Airbase", "Conoco gas
 * field"), regions ("Syria's eastern province of Deir Ezzor", "al Bayda Governorate"), towns after
 * a preposition ("in Ahvaz", "the town of Hajin"), the tagger's locations, and countries. Each gets
 * the country the sentence puts it in, where it says. Stateless and thread-safe.
 */
public final class PlaceFinder {
  private static final String NAME_WORD =
      "(?:(?:al|el)[- ]|(?:ad|as|ar|an|ash|at|az)-)?[A-Z][\\p{L}\\p{M}’']*(?:-[\\p{L}\\d]+)*";
  private static final String NAME = NAME_WORD + "(?: " + NAME_WORD + "){0,3}";
  private static final Pattern FACILITY =
      Pattern.compile(
          "(?:\\b|^)("
              + NAME
              + "|[A-Z]-?\\d+)\\s(Airbase|Air Base|air base|Airport|airport|base|Base|gas field|oil field|"
              + "camp|Camp|prison|Prison|border crossing|Mosque|mosque|Shrine|shrine|military base)\\b");
  private static final Pattern REGION_AFTER =
      Pattern.compile("\\b(?:province|governorate|region|district) of (" + NAME + ")");
  private static final Pattern REGION_BEFORE =
      Pattern.compile("\\b(" + NAME + ") (?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Dd]istrict)\\b");
  private static final Pattern FEATURE =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}-]+ )?(?:Heights|Strip|Desert|Valley|Mountains|Peninsula))\\b");
  private static final Pattern AFTER_PREPOSITION =
      Pattern.compile(
          "\\b(?:in|at|near|outside|around|town of|city of|village of|district of|downtown|[Bb]attle of"
              + "|(?:attacks?|strikes?|assault|raid) on|struck|hit|targeted)\\s+("
              + NAME
              + "(?: \\d{1,3}\\b)?)");

  /** The kinds of rule in {@code place-cues.tsv}. */
  enum PlaceCue {
    /** Words after a tagged name that make it a news outlet, not a place. */
    OUTLET_AFTER
  }

  private static final List<Pattern> OUTLET_AFTER =
      PatternRules.load(
              PlaceFinder.class,
              "place-cues.tsv",
              PlaceCue.class,
              regex -> "^\\s+(?:" + regex + ")\\b")
          .patterns(PlaceCue.OUTLET_AFTER);

  /** Capitalised words after "in" that are not places (months and weekdays are checked apart). */
  private static final Set<String> NOT_PLACES =
      Set.of("Arabic", "English", "Persian", "The", "This", "That");

  /**
   * The places in {@code sentence}, in order.
   *
   * @param actors the actor mentions of the sentence, with offsets relative to it
   * @param entities the tagger's entities of the sentence, offsets relative to it (may be empty)
   */
  public List<PlaceMention> find(
      String sentence, List<ActorMention> actors, List<EntityMention> entities) {
    List<PlaceMention> places = new ArrayList<>();
    addAll(places, FACILITY, sentence, 0, actors, true);
    addAll(places, REGION_AFTER, sentence, 1, actors, false);
    addAll(places, REGION_BEFORE, sentence, 1, actors, false);
    addAll(places, FEATURE, sentence, 1, actors, false);
    addAll(places, AFTER_PREPOSITION, sentence, 1, actors, false);
    for (EntityMention e : entities) {
      boolean placeType =
          e.type().equals("LOCATION")
              || e.type().equals("CITY")
              || e.type().equals("STATE_OR_PROVINCE");
      if (placeType && !namesOutlet(sentence, e.span().end())) {
        add(
            places,
            new PlaceMention(e.span().begin(), e.span().end(), e.text(), null, false),
            actors);
      }
    }
    for (ActorMention a : actors) {
      if (a.actor().kind() != ActorKind.STATE || a.actor().country() == null) {
        continue;
      }
      if (a.metonym() && isCityUse(sentence, a)) {
        // "a strike on Beirut", "in Kabul": the capital itself, in its state.
        add(
            places,
            new PlaceMention(
                a.span().begin(), a.span().end(), a.surface(), a.actor().country(), false),
            List.of());
      } else if (isPlaceUse(sentence, a)) {
        add(
            places,
            new PlaceMention(
                a.span().begin(), a.span().end(), a.actor().name(), a.actor().country(), true),
            List.of());
      }
    }
    places.sort(Comparator.comparingInt(PlaceMention::begin));
    return withCountries(places, sentence, actors);
  }

  /** Whether the words at {@code end} make the name before it a news outlet ("Hadana news"). */
  static boolean namesOutlet(String sentence, int end) {
    String after = sentence.substring(end);
    return OUTLET_AFTER.stream().anyMatch(p -> p.matcher(after).lookingAt());
  }

  private static void addAll(
      List<PlaceMention> places,
      Pattern pattern,
      String sentence,
      int group,
      List<ActorMention> actors,
      boolean whole) {
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      int begin = m.start(group == 0 ? 1 : group);
      int end = whole ? m.end() : m.end(group);
      String name =
          sentence.substring(begin, end).replaceFirst("^(?i)the ", "").replaceFirst("[’']s$", "");
      end = begin + sentence.substring(begin, end).lastIndexOf(name) + name.length();
      begin = end - name.length();
      String first = name.split(" ")[0];
      if (whole && statesOnly(sentence, m.start(1), m.end(1), actors)) {
        continue; // "an American base", "the Iranian camp": whose, not which
      }
      if (!NOT_PLACES.contains(first) && !NumberWords.isCalendarWord(first)) {
        add(places, new PlaceMention(begin, end, name, null, false), actors);
      }
    }
  }

  /** Whether {@code [begin, end)} of the sentence is nothing but a state's name or demonym. */
  private static boolean statesOnly(
      String sentence, int begin, int end, List<ActorMention> actors) {
    String words = sentence.substring(begin, end).replaceFirst("^(?i)the ", "").strip();
    return actors.stream()
        .anyMatch(
            a ->
                a.actor().kind() == ActorKind.STATE
                    && a.span().begin() >= begin
                    && a.span().end() <= end
                    && a.surface().strip().equals(words));
  }

  /** Adds a place unless it overlaps one found before or is an actor's name (not a state's). */
  private static void add(
      List<PlaceMention> places, PlaceMention place, List<ActorMention> actors) {
    for (PlaceMention p : places) {
      if (p.begin() < place.end() && place.begin() < p.end()) {
        return;
      }
    }
    for (ActorMention a : actors) {
      boolean overlaps = a.span().begin() < place.end() && place.begin() < a.span().end();
      if (overlaps
          && a.actor().kind() != ActorKind.STATE
          && !place.name().matches(".*(base|Base|field|Airbase|Mosque|Airport)$")) {
        return;
      }
      if (overlaps && a.actor().kind() == ActorKind.STATE) {
        return;
      }
    }
    places.add(place);
  }

  /** A state named as where something happens, not as an actor ("in Syria", "Syria's east"). */
  static boolean isPlaceUse(String sentence, ActorMention a) {
    if (a.actor().kind() != ActorKind.STATE) {
      return false;
    }
    String before = sentence.substring(Math.max(0, a.span().begin() - 25), a.span().begin());
    return before.matches(
            "(?s).*\\b(in|into|over|across|inside|within|to|of|northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|southwest)\\s+(the\\s+)?$")
        || (before.matches("(?s).*\\b(in|at|near|of)\\s+[A-Z][\\p{L}-]+,\\s*$")
            && !before.matches(
                "(?s).*\\b(January|February|March|April|May|June|July|August|September|October|November|December|However|Moreover|Meanwhile|Subsequently|Additionally),\\s*$"))
        || possessiveOfPlace(sentence, a);
  }

  /** A capital named as where something happens: "in Kabul", "a strike on Beirut's suburbs". */
  private static boolean isCityUse(String sentence, ActorMention a) {
    String before = sentence.substring(Math.max(0, a.span().begin() - 25), a.span().begin());
    return isPlaceUse(sentence, a)
        || before.matches("(?s).*\\b(on|at|near|outside|around)\\s+(the\\s+)?$")
        || sentence.substring(a.span().end()).matches("(?s)^[’']s\\s+(suburbs?|outskirts)\\b.*");
  }

  /** "Syria's eastern province" is a place; "Iran's parliament" is the state. */
  private static boolean possessiveOfPlace(String sentence, ActorMention a) {
    String after = sentence.substring(a.span().end());
    return after.matches(
        "(?s)^[’']s\\s+(eastern|western|northern|southern|north|south|east|west|central|northeast|northwest|southeast|southwest|border|capital|province|provinces|desert|territory|city|town|coast|region|countryside|interior)\\b.*");
  }

  /** Gives each place the country the sentence puts it in: "X, Iran", "Syria's X", "X in Iraq". */
  private static List<PlaceMention> withCountries(
      List<PlaceMention> places, String sentence, List<ActorMention> actors) {
    List<PlaceMention> result = new ArrayList<>(places.size());
    for (PlaceMention p : places) {
      if (p.countryCode() != null) {
        result.add(p);
        continue;
      }
      String country = null;
      int bestDistance = Integer.MAX_VALUE;
      for (ActorMention a : actors) {
        if (a.actor().kind() != ActorKind.STATE || a.actor().country() == null) {
          continue;
        }
        boolean after = a.span().begin() >= p.end();
        int distance = after ? a.span().begin() - p.end() : p.begin() - a.span().end();
        // "Kerman, Iran", "Hajin in eastern Syria"; "Syria's Deir Ezzor", "in Iraq, the base".
        boolean says =
            after
                ? sentence
                    .substring(p.end(), a.span().begin())
                    .matches(
                        "[\\s,]*((in|of|northeast of|northwest of|southeast of|southwest of|north of|south of|east of|west of)\\s+)?(the\\s+)?((eastern|western|northern|southern|central)\\s+)?")
                : isPlaceUse(sentence, a)
                    || sentence.substring(a.span().end()).matches("(?s)^[’']s\\b.*");
        boolean adjacentDemonym = !after && distance <= 1 && !a.modifier();
        int limit = after ? 60 : 30;
        if (distance >= 0
            && distance < limit
            && distance < bestDistance
            && (says || adjacentDemonym)) {
          bestDistance = distance;
          country = a.actor().country();
        }
      }
      result.add(new PlaceMention(p.begin(), p.end(), p.name(), country, false));
    }
    return result;
  }
}
