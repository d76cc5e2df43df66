package org.sitrep.ingest.clean;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.sitrep.SitrepException;
import org.sitrep.lexicon.PatternRules;

/**
 * The phrases of page furniture, loaded from {@code furniture.tsv}: which whole blocks are share
 * bars, comment sections or headers of teaser blocks. Immutable and thread-safe.
 */
public final class FurnitureLexicon {
  /** What a furniture block is, and so how much of the page it takes with it. */
  public enum Kind {
    /** The block alone. */
    LINE,
    /** A comment or feedback section: the block and, late in a page, the rest of the page. */
    END,
    /** The header of teasers of other articles: the block and the teasers under it. */
    RELATED
  }

  private static final String RESOURCE = "furniture.tsv";

  /** Trailing decoration of a furniture line: arrows, bullets, colons, rules. */
  private static final String DECORATION = ":*»›>→|•·-";

  /**
   * No furniture line is longer than this; longer blocks are text and are never pattern-matched.
   */
  private static final int MAX_CANDIDATE_CHARS = 600;

  private final PatternRules<Kind> rules;

  private FurnitureLexicon(PatternRules<Kind> rules) {
    this.rules = rules;
  }

  /**
   * Loads the lexicon bundled with Sitrep.
   *
   * @throws SitrepException when the resource is missing or a rule is malformed
   */
  public static FurnitureLexicon bundled() {
    return new FurnitureLexicon(
        PatternRules.load(FurnitureLexicon.class, RESOURCE, Kind.class, UnaryOperator.identity()));
  }

  /**
   * Parses rules in the {@code furniture.tsv} format.
   *
   * @throws SitrepException naming the line of a malformed rule
   */
  public static FurnitureLexicon parse(String tsv) {
    return new FurnitureLexicon(
        PatternRules.parse(RESOURCE, tsv, Kind.class, UnaryOperator.identity()));
  }

  /** The number of rules of one kind. */
  public int size(Kind kind) {
    return rules.patterns(kind).size();
  }

  /** Whether the whole {@code block} is furniture of the given kind. */
  public boolean matches(Kind kind, String block) {
    String stripped = block.strip();
    // The length check comes first and the decoration is cut by a backward scan, not a regex: a
    // regex anchored at the end retried from every start is quadratic on a long run of " -".
    if (stripped.length() > MAX_CANDIDATE_CHARS * 2) {
      return false;
    }
    String candidate = withoutTrailingDecoration(stripped);
    if (candidate.isEmpty() || candidate.length() > MAX_CANDIDATE_CHARS) {
      return false;
    }
    for (Pattern pattern : rules.patterns(kind)) {
      if (pattern.matcher(candidate).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String withoutTrailingDecoration(String s) {
    int end = s.length();
    while (end > 0) {
      char c = s.charAt(end - 1);
      if (!Character.isWhitespace(c) && DECORATION.indexOf(c) < 0) {
        break;
      }
      end--;
    }
    return s.substring(0, end);
  }
}
