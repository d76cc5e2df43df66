package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a sentence into the clauses of its triggers. Immutable and thread-safe.
 *
 * <p>Split at ", and", ";" and the like between two triggers; without such a break, a clause runs
 * from the end of the trigger before to the start of the trigger after.
 */
final class ClauseSplitter {
  /** Where one clause ends and the next begins between two triggers of a sentence. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(",\\s+(and|while|whereas|but)\\s|;\\s|,\\s+a second\\s");

  /** One clause per trigger of {@code found} (in order, offsets into {@code text}). */
  List<Clause> split(String text, List<TriggerMatch> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    int[] starts = new int[found.size()];
    int[] ends = new int[found.size()];
    ends[found.size() - 1] = text.length();
    for (int i = 1; i < found.size(); i++) {
      int from = found.get(i - 1).end();
      int to = found.get(i).begin();
      var m = CLAUSE_BREAK.matcher(text.substring(from, to));
      int at = -1;
      while (m.find()) {
        at = from + m.start();
      }
      starts[i] = at < 0 ? from : at;
      ends[i - 1] = at < 0 ? to : at;
    }
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      clauses.add(new Clause(found.get(i), starts[i], ends[i]));
    }
    return clauses;
  }
}
