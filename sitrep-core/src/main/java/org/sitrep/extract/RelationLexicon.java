package org.sitrep.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.SitrepException;
import org.sitrep.lexicon.PatternRules;
import org.sitrep.model.RelationType;

/**
 * The cue phrases of {@code relation-cues.tsv}: per relation type, patterns over a sentence in
 * which every actor (or enumeration of actors) stands as a marker {@code ⟦n⟧}. A pattern names the
 * markers it relates with placeholders, expanded when the file is loaded:
 *
 * <ul>
 *   <li>{@code {S}} the subject, {@code {O}} the object: every member of an enumeration;
 *   <li>{@code {S1}}, {@code {O1}} the subject or object, but of an enumeration only the member
 *       next to the other ("the Iran-backed Houthis and the US": only the Houthis are backed);
 *   <li>{@code {L}} an enumeration whose members are pairwise related (symmetric relations only);
 *   <li>{@code {X}} any other actor, {@code {ANY}} any stretch of the sentence, actors included;
 *   <li>{@code {T}} up to three capitalised words, such as the titles before a person's name.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class RelationLexicon {
  /** Opens the marker that stands for an actor in a sentence; never occurs in cleaned text. */
  static final char OPEN = '\u27E6';

  /** Closes such a marker. */
  static final char CLOSE = '\u27E7';

  private static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "{S}", OPEN + "(?<s>\\d+)" + CLOSE,
          "{O}", OPEN + "(?<o>\\d+)" + CLOSE,
          "{S1}", OPEN + "(?<s1>\\d+)" + CLOSE,
          "{O1}", OPEN + "(?<o1>\\d+)" + CLOSE,
          "{L}", OPEN + "(?<l>\\d+)" + CLOSE,
          "{X}", OPEN + "\\d+" + CLOSE,
          "{ANY}", "(?:[^" + OPEN + ";]|" + OPEN + "\\d+" + CLOSE + ")*?",
          "{T}", "(?:(?-i:\\p{Lu}[\\p{L}.]*)\\s+){0,3}");

  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?<!\\\\[pP])\\{(?:S1|O1|S|O|L|X|ANY|T)}");

  /**
   * One cue of a relation.
   *
   * @param type the relation it states
   * @param pattern its expanded pattern
   * @param enumeration whether it relates the members of one enumeration ({@code {L}}) rather than
   *     a subject and an object
   * @param nearestSubject whether only the member of an enumeration next to the object is subject
   *     ({@code {S1}})
   * @param nearestObject whether only the member of an enumeration next to the subject is object
   *     ({@code {O1}})
   */
  public record Cue(
      RelationType type,
      Pattern pattern,
      boolean enumeration,
      boolean nearestSubject,
      boolean nearestObject) {}

  private final PatternRules<RelationCue> rules;
  private final List<Cue> cues;

  /**
   * A lexicon of the given rules.
   *
   * @throws SitrepException when a rule of a relation kind does not name both a subject and an
   *     object (or an enumeration, for a symmetric relation), or a LIST or PLACE rule names any
   */
  public RelationLexicon(PatternRules<RelationCue> rules) {
    for (PatternRules.Rule<RelationCue> rule : rules.rules()) {
      String regex = rule.pattern().pattern();
      boolean pair =
          (regex.contains("(?<s>") || regex.contains("(?<s1>"))
              && (regex.contains("(?<o>") || regex.contains("(?<o1>"));
      boolean list = regex.contains("(?<l>");
      RelationCue cue = rule.kind();
      boolean ok =
          cue.type() == null
              ? !pair && !list && !regex.contains("(?<")
              : pair != list && (pair || cue.type().symmetric());
      if (!ok) {
        throw new SitrepException(
            "relation-cues.tsv:"
                + rule.line()
                + ": a "
                + cue
                + " rule needs "
                + (cue.type() == null
                    ? "no {S}, {O} or {L}"
                    : cue.type().symmetric()
                        ? "{S} and {O} (or {S1}, {O1}), or {L}"
                        : "{S} and {O} (or {S1}, {O1})"));
      }
    }
    this.rules = rules;
    this.cues =
        rules.rules().stream()
            .filter(r -> r.kind().type() != null)
            .map(
                r ->
                    new Cue(
                        r.kind().type(),
                        r.pattern(),
                        r.pattern().pattern().contains("(?<l>"),
                        r.pattern().pattern().contains("(?<s1>"),
                        r.pattern().pattern().contains("(?<o1>")))
            .toList();
  }

  /** The cues of every relation type, in file order. */
  public List<Cue> cues() {
    return cues;
  }

  /** Loads the bundled lexicon. */
  public static RelationLexicon bundled() {
    return new RelationLexicon(
        PatternRules.load(
            RelationLexicon.class,
            "relation-cues.tsv",
            RelationCue.class,
            RelationLexicon::expand));
  }

  /** The patterns of one kind, in file order; empty when there are none. */
  public List<Pattern> patterns(RelationCue cue) {
    return rules.patterns(cue);
  }

  /**
   * {@code regex} with its placeholders expanded (in one pass, so that {@code \p{L}} stays a
   * property).
   */
  static String expand(String regex) {
    return PLACEHOLDER
        .matcher(regex)
        .replaceAll(m -> Matcher.quoteReplacement(PLACEHOLDERS.get(m.group())));
  }
}
