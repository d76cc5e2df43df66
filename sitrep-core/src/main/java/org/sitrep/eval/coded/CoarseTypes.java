package org.sitrep.eval.coded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.SitrepException;
import org.sitrep.eval.Names;
import org.sitrep.model.SubEventType;

/**
 * The coarse map from free-text attack types to ACLED sub-event types ({@code coarse-types.tsv}),
 * for sources that do not code in ACLED's vocabulary. Immutable.
 */
public final class CoarseTypes {
  private static final String FILE = "coarse-types.tsv";

  /**
   * One keyword.
   *
   * @param words its folded words; the last matches the start of a word
   * @param subTypes what a type containing it accepts
   */
  private record Keyword(List<String> words, Set<SubEventType> subTypes) {}

  private final List<Keyword> keywords;

  private CoarseTypes(List<Keyword> keywords) {
    this.keywords = List.copyOf(keywords);
  }

  /** The bundled map. */
  public static CoarseTypes standard() {
    List<Keyword> keywords = new ArrayList<>();
    for (String line : DataLines.read(FILE)) {
      String[] f = DataLines.fields(FILE, line, 2);
      Set<SubEventType> subs = EnumSet.noneOf(SubEventType.class);
      for (String label : f[1].split("\\|")) {
        subs.add(
            SubEventType.fromLabel(label)
                .orElseThrow(() -> new SitrepException(FILE + ": no sub-event type " + label)));
      }
      keywords.add(new Keyword(words(f[0]), subs));
    }
    return new CoarseTypes(keywords);
  }

  /** The sub-event types that agree with {@code type}; empty when no keyword is in it. */
  public Set<SubEventType> accepted(String type) {
    Set<SubEventType> accepted = EnumSet.noneOf(SubEventType.class);
    if (type == null) {
      return accepted;
    }
    List<String> words = words(type);
    for (Keyword keyword : keywords) {
      if (contains(words, keyword.words())) {
        accepted.addAll(keyword.subTypes());
      }
    }
    return accepted;
  }

  /** How many keywords the map has. */
  public int size() {
    return keywords.size();
  }

  private static boolean contains(List<String> words, List<String> keyword) {
    for (int start = 0; start + keyword.size() <= words.size(); start++) {
      boolean all = true;
      for (int k = 0; k < keyword.size() && all; k++) {
        String word = words.get(start + k);
        String wanted = keyword.get(k);
        all = k == keyword.size() - 1 ? word.startsWith(wanted) : word.equals(wanted);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    return Arrays.stream(Names.fold(text).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
