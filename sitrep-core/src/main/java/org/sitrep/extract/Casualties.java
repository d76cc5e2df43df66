package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.model.Count;
import org.sitrep.model.Count.Qualifier;

/**
 * Reads the numbers of people killed and injured from a sentence: "at least 91 people were killed",
 * "claiming 18 lives", "resulting in the deaths of three American soldiers", "killing 36 al-Shabaab
 * and 4 ISIS terrorists" (parts are summed). Vague amounts ("several", "dozens") give nothing.
 * Stateless and thread-safe.
 */
public final class Casualties {
  private static final String QUALIFIER =
      "(?:(at least|more than|over|nearly|almost|about|around|approximately|some|up to|a further|another)\\s+)?";
  private static final String AMOUNT =
      "(\\d{1,3}(?:,\\d{3})*|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
          + "|sixty|seventy|eighty|ninety|a hundred|hundred)";
  private static final String WHO = "(?:[\\w’'-]+\\s){0,4}?";

  /** Killing phrases; group 1 the qualifier, group 2 the amount, then "and N more" parts. */
  private static final List<Pattern> DEATHS =
      compile(
          "(?:killing|killed|kills|claiming the lives of|claimed the lives of|left|leaving)\\s+"
              + QUALIFIER
              + AMOUNT
              + "\\b(?!\\s*(?:%|percent|miles|km|years))",
          "(?:claiming|claimed|claim)\\s+" + QUALIFIER + AMOUNT + "\\s+lives",
          "(?:the )?deaths? of\\s+" + QUALIFIER + AMOUNT + "\\b",
          "(?:death )?toll\\b(?:[^.;]{0,140}?\\s)?(?:of|rose to|has risen to|risen to|reached|stood at"
              + "|climbed to|increased to)\\s+"
              + QUALIFIER
              + AMOUNT
              + "\\b(?!\\s*(?:%|percent|miles|km|years))",
          QUALIFIER
              + AMOUNT
              + "\\s+"
              + WHO
              + "(?:were|was|have been|had been|are)\\s+(?:reportedly\\s+)?(?:killed|dead|slain)",
          QUALIFIER
              + AMOUNT
              + "\\s+"
              + WHO
              + "(?:died|killed|dead)\\b(?!\\s+(?:in|by)\\s+the\\s+(?:war|conflict)s?\\b)");

  private static final List<Pattern> INJURIES =
      compile(
          "(?:wounding|injuring|wounded|injured)\\s+" + QUALIFIER + AMOUNT + "\\b",
          QUALIFIER
              + AMOUNT
              + "\\s+"
              + WHO
              + "(?:were|was)\\s+(?:also\\s+)?(?:wounded|injured|hurt)");

  /** "and at least 169 Afghans" after a count: another part of the same total. */
  private static final Pattern MORE =
      Pattern.compile(
          "^[^.;]{0,60}?\\band\\s+" + QUALIFIER + AMOUNT + "\\b(?!\\s*(?:%|percent))",
          Pattern.CASE_INSENSITIVE);

  /** The deaths {@code sentence} reports; empty when it gives no number. */
  public Optional<Count> deaths(String sentence) {
    return count(sentence, DEATHS);
  }

  /** The injuries {@code sentence} reports; empty when it gives no number. */
  public Optional<Count> injuries(String sentence) {
    return count(sentence, INJURIES);
  }

  private static Optional<Count> count(String sentence, List<Pattern> patterns) {
    List<int[]> used = new ArrayList<>();
    int total = 0;
    boolean atLeast = false;
    boolean about = false;
    boolean found = false;
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(sentence);
      while (m.find()) {
        if (overlapsAny(used, m.start(), m.end())) {
          continue;
        }
        used.add(new int[] {m.start(), m.end()});
        found = true;
        total += amount(m.group(2));
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        atLeast |=
            qualifier.startsWith("at least")
                || qualifier.startsWith("more")
                || qualifier.startsWith("over");
        about |=
            qualifier.startsWith("about")
                || qualifier.startsWith("around")
                || qualifier.startsWith("approx")
                || qualifier.startsWith("nearly")
                || qualifier.startsWith("almost")
                || qualifier.startsWith("some");
        Matcher more = MORE.matcher(sentence.substring(m.end()));
        if (more.find() && !startsNewClause(more.group())) {
          used.add(new int[] {m.end(), m.end() + more.end()});
          total += amount(more.group(2));
          atLeast |=
              more.group(1) != null
                  && more.group(1).toLowerCase(Locale.ROOT).startsWith("at least");
        }
      }
    }
    if (!found) {
      return Optional.empty();
    }
    Qualifier qualifier = atLeast ? Qualifier.AT_LEAST : about ? Qualifier.ABOUT : Qualifier.EXACT;
    return Optional.of(new Count(total, qualifier));
  }

  /** "… and 4 ISIS terrorists" continues the count; "… and 3 were wounded" starts another. */
  private static boolean startsNewClause(String continuation) {
    return continuation.matches("(?is).*\\b(wounded|injured|hurt|arrested|missing)\\b.*");
  }

  private static int amount(String text) {
    return NumberWords.number(text).orElseThrow();
  }

  private static boolean overlapsAny(List<int[]> used, int begin, int end) {
    for (int[] span : used) {
      if (begin < span[1] && span[0] < end) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(String... regexes) {
    List<Pattern> patterns = new ArrayList<>();
    for (String regex : regexes) {
      patterns.add(Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE));
    }
    return List.copyOf(patterns);
  }
}
