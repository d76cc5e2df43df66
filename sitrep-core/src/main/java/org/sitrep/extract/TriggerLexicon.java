package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.sitrep.lexicon.PatternRules;
import org.sitrep.lexicon.PatternRules.Rule;
import org.sitrep.model.SubEventType;

/**
 * The words that report events, loaded from {@code triggers.tsv}, each coding an ACLED sub-event
 * type. Immutable and thread-safe.
 */
public final class TriggerLexicon {
  private final PatternRules<SubEventType> rules;

  public TriggerLexicon(PatternRules<SubEventType> rules) {
    this.rules = rules;
  }

  /** Loads the bundled lexicon. */
  public static TriggerLexicon bundled() {
    return new TriggerLexicon(
        PatternRules.load(
            TriggerLexicon.class, "triggers.tsv", SubEventType.class, PatternRules.WHOLE_WORDS));
  }

  /** The number of rules. */
  public int size() {
    return rules.rules().size();
  }

  /**
   * The triggers in {@code sentence}, in order and none overlapping: where rules overlap, the
   * longer match wins, then the rule earlier in the file.
   */
  public List<TriggerMatch> find(String sentence) {
    List<Candidate> candidates = new ArrayList<>();
    List<Rule<SubEventType>> all = rules.rules();
    for (int r = 0; r < all.size(); r++) {
      Matcher m = all.get(r).pattern().matcher(sentence);
      while (m.find()) {
        if (m.end() > m.start()) {
          candidates.add(
              new Candidate(new TriggerMatch(m.start(), m.end(), m.group(), all.get(r).kind()), r));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.match.begin() - c.match.end())
            .thenComparingInt(c -> c.rule)
            .thenComparingInt(c -> c.match.begin()));
    List<TriggerMatch> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.stream().noneMatch(t -> t.begin() < c.match.end() && c.match.begin() < t.end())) {
        chosen.add(c.match);
      }
    }
    chosen.sort(Comparator.comparingInt(TriggerMatch::begin));
    return chosen;
  }

  private record Candidate(TriggerMatch match, int rule) {}
}
