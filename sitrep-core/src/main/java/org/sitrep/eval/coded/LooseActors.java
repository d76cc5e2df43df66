package org.sitrep.eval.coded;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.eval.Names;
import org.sitrep.extract.Countries;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * The loose actor1 comparison: a system actor agrees with a gold actor name when its name or an
 * alias shares a word with it, generic words ({@code actor-generic-words.txt}) and the bracketed
 * country or years left out; or when the system actor is a state or its forces and the gold name
 * names its country. Coders and extractors name the same actor differently ("Military Forces of X
 * (2022-)" and "X Army"), so exact names would measure naming, not finding. Immutable.
 */
public final class LooseActors {
  private static final String FILE = "actor-generic-words.txt";
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> generic;

  private LooseActors(Set<String> generic) {
    this.generic = Set.copyOf(generic);
  }

  /** The comparison with the bundled generic words. */
  public static LooseActors standard() {
    return new LooseActors(
        DataLines.read(FILE).stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()));
  }

  /** The generic words, folded. */
  public Set<String> genericWords() {
    return generic;
  }

  /**
   * Whether {@code actor} agrees with one of {@code gold}.
   *
   * @param actor the system's actor, its aliases, kind and country as the store has them
   */
  public boolean matches(Actor actor, List<String> gold) {
    Set<String> systemWords = new HashSet<>();
    systemWords.addAll(words(actor.name()));
    actor.aliases().forEach(a -> systemWords.addAll(words(a)));
    for (String name : gold) {
      if (words(name).stream().anyMatch(systemWords::contains)) {
        return true;
      }
      if (namesCountry(actor, name)) {
        return true;
      }
    }
    return false;
  }

  /** The folded distinctive words of {@code name}: no bracketed part, no generic word. */
  Set<String> words(String name) {
    String unbracketed = BRACKETS.matcher(name).replaceAll(" ");
    return Arrays.stream(NON_WORD.split(Names.fold(unbracketed)))
        .filter(w -> !w.isEmpty() && !generic.contains(w))
        .collect(Collectors.toSet());
  }

  private static boolean namesCountry(Actor actor, String gold) {
    if (actor.country() == null
        || (actor.kind() != ActorKind.STATE && actor.kind() != ActorKind.STATE_FORCES)) {
      return false;
    }
    String country = spaced(Countries.name(actor.country()));
    // Outside brackets only: "Military Forces of X (2022-)" names X, "Rioters (X)" does not.
    String unbracketed = BRACKETS.matcher(gold).replaceAll(" ");
    return !country.isBlank() && spaced(unbracketed).contains(country);
  }

  /** The folded words of {@code text}, space-separated, with a space before and after. */
  private static String spaced(String text) {
    return " " + String.join(" ", NON_WORD.split(Names.fold(text))).strip() + " ";
  }
}
