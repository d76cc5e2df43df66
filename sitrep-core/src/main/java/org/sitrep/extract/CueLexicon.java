package org.sitrep.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.PatternRules;

/** The modality, claim and retaliation cues of {@code cues.tsv}. Immutable and thread-safe. */
public final class CueLexicon {
  private final PatternRules<Cue> rules;

  public CueLexicon(PatternRules<Cue> rules) {
    this.rules = rules;
  }

  /** Loads the bundled lexicon. */
  public static CueLexicon bundled() {
    return new CueLexicon(
        PatternRules.load(CueLexicon.class, "cues.tsv", Cue.class, PatternRules.WHOLE_WORDS));
  }

  /** The number of rules of a kind. */
  public int size(Cue cue) {
    return rules.patterns(cue).size();
  }

  /** Whether {@code text} holds a cue of this kind. */
  public boolean has(Cue cue, String text) {
    return first(cue, text).isPresent();
  }

  /** The first cue of this kind in {@code text}, as {@code [begin, end)}; empty when none. */
  public Optional<int[]> first(Cue cue, String text) {
    int[] best = null;
    for (Pattern pattern : rules.patterns(cue)) {
      Matcher m = pattern.matcher(text);
      if (m.find() && (best == null || m.start() < best[0])) {
        best = new int[] {m.start(), m.end()};
      }
    }
    return Optional.ofNullable(best);
  }
}
