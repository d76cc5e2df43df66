package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;

/**
 * The places a text names as holding a place, read from how it writes the place's hierarchy: "X
 * village (Afmadow, Lower Juba)", "X district, Y region", "X village in Y district", "X, Y county",
 * "the X area of Y", "in Y's X", "near X town in Y". Innermost first. Stateless and thread-safe.
 */
final class PlaceHierarchy {
  /** A capitalised name of one to four words ("Lower Juba", "Buur Hakaba", "Tana River"). */
  private static final String NAME =
      "([A-Z][\\p{L}\\p{M}'’]*(?:[- ](?:al-|el-)?[A-Z][\\p{L}\\p{M}'’]*){0,3})";

  /** Words after a place's name that say what it is ("X village"). */
  private static final String KIND =
      "(?:\\s+(?i:village|town|city|area|district|neighbou?rhood|camp|location|locality|settlement"
          + "|sub-?county|ward|division|constituency|county|region|province|state|IDP camp))?";

  /** Words after a container's name that make it a unit of government ("Y district"). */
  private static final String UNIT =
      "(?:\\s+(?i:district|region|county|sub-?county|province|state|division|constituency"
          + "|department|commune|municipality|governorate|prefecture|upazila|zila|area))";

  private PlaceHierarchy() {}

  /**
   * The places a text writes a place in.
   *
   * @param names innermost first
   * @param administrative whether they are written as units of government ("(Afmadow, Lower Juba)",
   *     "Y county"), whose outermost is a region, not a city of the name
   */
  record Containers(List<String> names, boolean administrative) {
    static final Containers NONE = new Containers(List.of(), false);

    Containers {
      names = List.copyOf(names);
    }
  }

  /**
   * The names of the places {@code text} says hold {@code name}, innermost first; empty when it
   * says none. Only what the text writes beside the name counts.
   */
  static Containers of(String text, String name) {
    if (name == null || name.isBlank()) {
      return Containers.NONE;
    }
    String quoted = Pattern.quote(name);
    List<Pattern> forms =
        List.of(
            // "X village (Afmadow, Lower Juba)", "X (Lower Juba)", "X (Mogadishu - Hodan, Banadir)"
            Pattern.compile(
                quoted
                    + KIND
                    + "\\s*\\(\\s*"
                    + NAME
                    + "(?:\\s*[,-]\\s*"
                    + NAME
                    + ")?"
                    + "(?:\\s*,\\s*"
                    + NAME
                    + ")?\\s*\\)"),
            // "X district, Y region", "X, Y county", "X village, Y district, Z region"
            Pattern.compile(
                quoted + KIND + ",\\s+" + NAME + UNIT + "(?:,\\s+" + NAME + UNIT + "?)?"),
            // "X village in Y district", "the X area of Y", "X town in Y"
            Pattern.compile(
                quoted
                    + KIND
                    + "\\s+(?:in|of)\\s+(?:the\\s+)?"
                    + NAME
                    + UNIT
                    + "?"
                    + "(?:,\\s+"
                    + NAME
                    + UNIT
                    + "?)?"),
            // "in Y's X"
            Pattern.compile(
                NAME + "['’]s\\s+(?:(?:northern|southern|eastern|western|central)\\s+)?" + quoted));
    List<String> found = new ArrayList<>();
    for (int f = 0; f < forms.size(); f++) {
      Pattern form = forms.get(f);
      Matcher m = form.matcher(text);
      if (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          String container = m.group(g);
          if (container != null
              && !container.equals(name)
              && !NumberWords.isCalendarWord(container.split("[ -]")[0])
              && !found.contains(container)) {
            found.add(container);
          }
        }
        if (!found.isEmpty()) {
          return new Containers(found, f <= 1);
        }
      }
    }
    return Containers.NONE;
  }

  /** The names of {@link #of}, innermost first. */
  static List<String> containers(String text, String name) {
    return of(text, name).names();
  }
}
