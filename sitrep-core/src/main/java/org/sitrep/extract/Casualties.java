package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.model.Count;
import org.sitrep.model.Count.Qualifier;

/**
 * Reads the numbers of people killed and injured from a sentence as ACLED codes them: "at least 91
 * people were killed", "claiming 18 lives", "resulting in the deaths of three American soldiers",
 * "killing 36 al-Shabaab and 4 ISIS terrorists" and "3 soldiers and 10 militants were killed"
 * (parts are summed, attackers who died with their victims included), the lowest figure of a range
 * ("between 10 and 15 killed", "15 - 17 killed"), "no casualties" as 0, and a coder's own statement
 * ("fatalities coded as 3") over all of these; apart, vague amounts at the figure ACLED's coders
 * record ("several killed" 3, "dozens" 12). Stateless and thread-safe.
 */
public final class Casualties {
  private static final String QUALIFIER =
      "(?:(at least|more than|over|nearly|almost|about|around|approximately|some|up to|a further|another)\\s+)?";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
  private static final String AMOUNT =
      "(\\d{1,3}(?:,\\d{3})*|\\d+|(?:"
          + TENS
          + ")[- ](?:"
          + UNITS
          + ")|(?:"
          + UNITS
          + ") hundred|"
          + UNITS
          + "|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
          + TENS
          + "|a hundred|hundred|a dozen)";

  /** "a civilian", "an officer": one person, unless the phrase is an amount of its own. */
  private static final String ONE =
      "(an?)(?=\\s+(?!(?:number|unknown|unspecified|total|further|few|couple|dozen|score|hundred"
          + "|lot|series|wave|string|spate)\\b)[a-z])";

  /** Up to five words naming who: never across "and" or another number ("3 men and 10 were"). */
  private static final String WHO = "(?:(?!(?:and|or)\\b|\\d)[\\w’'-]+,?\\s){0,5}?";

  private static final String NOT_A_MEASURE = "\\b(?!\\s*(?:%|percent|miles|km|kilometres|years))";
  private static final String KILLING =
      "(?:killing|killed|kills|kill|claiming the lives of|claimed the lives of|massacred|massacring"
          + "|slaughtered|slaughtering|executed|executing|beheaded|beheading|shot dead|shooting dead"
          + "|gunned down|gunning down)";
  private static final String DIED =
      "(?:(?:were|was|have been|had been|are)\\s+(?:reportedly\\s+|also\\s+|allegedly\\s+)?"
          + "(?:killed|dead|slain|massacred|executed|beheaded|shot dead|found dead)"
          + "|died|killed|dead|lost their lives|lost his life|lost her life|perished)";

  /** Killing phrases; group 1 the qualifier, group 2 the amount, then "and N more" parts. */
  private static final List<Pattern> DEATHS =
      compile(
          "(?:" + KILLING + "|left|leaving)\\s+" + QUALIFIER + AMOUNT + NOT_A_MEASURE,
          KILLING + "\\s+()" + ONE,
          "(?:claiming|claimed|claim)\\s+" + QUALIFIER + AMOUNT + "\\s+lives",
          "(?:the )?(?:deaths?|bodies) of\\s+" + QUALIFIER + AMOUNT + "\\b",
          "(?:death )?toll\\b(?:[^.;]{0,140}?\\s)?(?:of|rose to|has risen to|risen to|reached|stood at"
              + "|climbed to|increased to)\\s+"
              + QUALIFIER
              + AMOUNT
              + NOT_A_MEASURE,
          QUALIFIER
              + AMOUNT
              + "\\s+"
              + WHO
              + DIED
              + "\\b(?!\\s+(?:in|by)\\s+the\\s+(?:war|conflict)s?\\b)",
          QUALIFIER + AMOUNT + "\\s+(?:[\\w’'-]+\\s){0,2}?(?:deaths|fatalities|bodies)\\b");

  private static final List<Pattern> INJURIES =
      compile(
          "(?:wounding|injuring|wounded|injured)\\s+" + QUALIFIER + AMOUNT + "\\b",
          QUALIFIER
              + AMOUNT
              + "\\s+"
              + WHO
              + "(?:were|was)\\s+(?:also\\s+)?(?:seriously\\s+|critically\\s+)?(?:wounded|injured|hurt)");

  /** "and at least 169 Afghans", "and the 2 attackers" after a count: another part of the total. */
  private static final Pattern MORE =
      Pattern.compile(
          "^[^.;]{0,60}?\\band\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?"
              + QUALIFIER
              + AMOUNT
              + "\\b(?!\\s*(?:%|percent))",
          Pattern.CASE_INSENSITIVE);

  /** "3 soldiers and " before "10 militants were killed": an earlier part of the same total. */
  private static final Pattern EARLIER_PART =
      Pattern.compile(
          "\\b" + QUALIFIER + AMOUNT + "\\s+((?:[\\w’'-]+\\s+){0,3}?)(?:and|as well as)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** Words that make what precedes a count a different tally (wounded, held) rather than a part. */
  private static final Pattern OTHER_TALLY =
      Pattern.compile(
          "(?i)\\b(wounded|injured|wounding|injuring|hurt|arrested|missing|abducted|kidnapped"
              + "|detained|held|rescued|displaced)\\b");

  /** A range: "between 10 and 15", "10 to 15", "15 - 17", "10 or 15": the lowest counts. */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)(?<!\\bfrom\\s)\\b(?:between\\s+"
              + AMOUNT
              + "\\s+and\\s+"
              + AMOUNT
              + "|"
              + AMOUNT
              + "\\s+(?:to|or)\\s+"
              + AMOUNT
              + "|(\\d+)\\s*[-–]\\s*(\\d+)"
              + ")\\b(?!\\s*(?:%|percent|years|km))");

  /** A coder's own statement of the count: "fatalities coded as 3", "FATALITIES: 15". */
  private static final Pattern CODED =
      Pattern.compile(
          "(?i)\\b(?:(?:fatalit(?:y|ies)|deaths?|dead|killed|casualties)\\b[^.;]{0,60}?\\bcoded as\\s+"
              + AMOUNT
              + "|\\bcoded as\\s+"
              + AMOUNT
              + "\\s+(?:fatalit(?:y|ies)|deaths?|dead|killed)"
              + "|\\bfatalities\\s*[:=]\\s*"
              + AMOUNT
              + ")\\b");

  /** "no casualties", "no one was killed": a report that nobody died. */
  private static final Pattern NO_DEATHS =
      Pattern.compile(
          "(?i)\\b(?:no|zero)\\s+(?:reported\\s+)?(?:casualties|fatalities|deaths|loss(?:es)? of life"
              + "|lives were lost)\\b"
              + "|\\b(?:nobody|none)\\s+(?:was|were|has been|had been)\\s+(?:killed|hurt|harmed)\\b"
              + "|\\bnobody\\s+died\\b"
              + "|\\bwithout\\s+(?:any\\s+)?(?:casualties|fatalities|loss of life)\\b");

  /** "no injuries", "no one was injured". */
  private static final Pattern NO_INJURIES =
      Pattern.compile(
          "(?i)\\b(?:no|zero)\\s+(?:reported\\s+)?(?:injuries|casualties)\\b"
              + "|\\bnobody\\s+(?:was|were)\\s+(?:injured|wounded|hurt)\\b");

  private final CasualtyWords words;
  private final List<Pattern> vagueDeaths;
  private final Pattern perpetratorToo;

  /** Reads with the bundled vague amounts and perpetrator words. */
  public Casualties() {
    this(CasualtyWords.bundled());
  }

  Casualties(CasualtyWords words) {
    this.words = words;
    String vague =
        "("
            + words.vague().keySet().stream()
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"))
            + ")";
    this.vagueDeaths =
        compile(
            "(?:" + KILLING + "|left|leaving)\\s+()" + vague + "\\b",
            "()" + vague + "\\s+" + WHO + DIED + "\\b");
    this.perpetratorToo =
        Pattern.compile(
            "(?i)^[^.;]{0,40}?\\b(?:and|as well as|along with)\\s+(?:the|a|an|one)\\s+(?:"
                + String.join("|", words.perpetrators())
                + ")\\b(?!s)");
  }

  /** "no one" is nobody, not the number one. */
  private static final Pattern NO_ONE = Pattern.compile("(?i)\\bno(?:\\s+|-)one\\b");

  /** The deaths {@code sentence} reports; empty when it tells nothing of them. */
  public Optional<Count> deaths(String text) {
    String sentence = NO_ONE.matcher(text).replaceAll("nobody");
    Optional<Count> coded = coded(sentence);
    if (coded.isPresent()) {
      return coded;
    }
    String lowest = lowestOfRanges(sentence);
    Optional<Count> counted = count(lowest, DEATHS, true);
    if (counted.isPresent()) {
      return counted;
    }
    return NO_DEATHS.matcher(sentence).find()
        ? Optional.of(new Count(0, Qualifier.EXACT))
        : Optional.empty();
  }

  /** The injuries {@code sentence} reports; empty when it gives no number. */
  public Optional<Count> injuries(String text) {
    String sentence = NO_ONE.matcher(text).replaceAll("nobody");
    Optional<Count> counted = count(lowestOfRanges(sentence), INJURIES, false);
    if (counted.isPresent()) {
      return counted;
    }
    return NO_INJURIES.matcher(sentence).find()
        ? Optional.of(new Count(0, Qualifier.EXACT))
        : Optional.empty();
  }

  /**
   * The count a coder's statement in {@code sentence} fixes ("Unspecified number of fatalities
   * coded as 3", "FATALITIES: 15"); it overrides whatever else the text says.
   */
  public Optional<Count> coded(String sentence) {
    Matcher m = CODED.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return Optional.of(new Count(amount(m.group(g)), Qualifier.EXACT));
      }
    }
    return Optional.empty();
  }

  /**
   * The deaths a vague amount in {@code sentence} stands for, at the figure ACLED codes ("several
   * were killed" 3, "dozens" 12). Only a last resort for an event no sentence gives a number for: a
   * vague amount neither anchors a report nor outweighs a number told elsewhere.
   */
  public Optional<Count> vagueDeaths(String text) {
    String sentence = lowestOfRanges(NO_ONE.matcher(text).replaceAll("nobody"));
    for (Pattern p : vagueDeaths) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        return Optional.of(new Count(words.figure(m.group(2)), Qualifier.AT_LEAST));
      }
    }
    return Optional.empty();
  }

  /** The sentence with each range of amounts replaced by its lowest figure. */
  private static String lowestOfRanges(String sentence) {
    Matcher m = RANGE.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int pair = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
      String a = m.group(pair);
      String b = m.group(pair + 1);
      int low = Math.min(amount(a), amount(b));
      m.appendReplacement(out, Integer.toString(low));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Optional<Count> count(String sentence, List<Pattern> patterns, boolean deaths) {
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
        if (deaths) {
          // "3 soldiers and 10 militants were killed": the soldiers died too.
          Matcher earlier =
              EARLIER_PART.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start()));
          int offset = Math.max(0, m.start() - 60);
          if (m.start() == startOfCount(m)
              && earlier.find()
              && !OTHER_TALLY.matcher(earlier.group(3)).find()
              && !OTHER_TALLY
                  .matcher(
                      sentence.substring(
                          Math.max(0, offset + earlier.start() - 20), offset + earlier.start()))
                  .find()
              && !overlapsAny(used, offset + earlier.start(), offset + earlier.end() - 1)) {
            used.add(new int[] {offset + earlier.start(), offset + earlier.end()});
            total += amount(earlier.group(2));
          }
        }
        String rest = sentence.substring(m.end());
        Matcher more = MORE.matcher(rest);
        if (more.find()
            && !startsNewClause(rest.substring(0, Math.min(rest.length(), more.end() + 30)))) {
          used.add(new int[] {m.end(), m.end() + more.end()});
          total += amount(more.group(2));
          atLeast |=
              more.group(1) != null
                  && more.group(1).toLowerCase(Locale.ROOT).startsWith("at least");
        } else if (deaths && perpetratorToo.matcher(rest).find()) {
          // "killing five people and the bomber": ACLED counts the attacker too.
          total += 1;
        }
      }
    }
    if (!found) {
      return Optional.empty();
    }
    Qualifier qualifier = atLeast ? Qualifier.AT_LEAST : about ? Qualifier.ABOUT : Qualifier.EXACT;
    return Optional.of(new Count(total, qualifier));
  }

  /** Where the count of a match begins: its qualifier, else its amount. */
  private static int startOfCount(Matcher m) {
    return m.group(1) != null ? m.start(1) : m.start(2);
  }

  /** "… and 4 ISIS terrorists" continues the count; "… and 3 were wounded" starts another. */
  private static boolean startsNewClause(String continuation) {
    return continuation.matches("(?is).*\\b(wounded|injured|hurt|arrested|missing)\\b.*");
  }

  private static int amount(String text) {
    return NumberWords.number(text.replaceAll("\\s+", " ")).orElseThrow();
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
