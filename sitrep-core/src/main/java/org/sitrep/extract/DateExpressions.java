package org.sitrep.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.DateMention.Anchor;
import org.sitrep.extract.DateMention.Shift;
import org.sitrep.lexicon.NumberWords;

/**
 * Finds the date expressions of news English in a sentence: full dates in either order, months,
 * years, day ranges, and expressions relative to an earlier date or event. Stateless and
 * thread-safe.
 */
public final class DateExpressions {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String NUMBER =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";

  /** A pattern and how to read its groups. */
  private record Form(Pattern pattern, Reader reader) {}

  @FunctionalInterface
  private interface Reader {
    DateMention read(Matcher m);
  }

  private final List<Form> forms =
      List.of(
          form(
              "between " + DAY + " and " + DAY + " " + MONTH + "(?:,? " + YEAR + ")?",
              m -> mention(m, m.group(4), m.group(3), m.group(1), m.group(2))),
          form(
              MONTH + " " + DAY + " (?:and|to|-|–) " + DAY + "(?:,? " + YEAR + ")?",
              m -> mention(m, m.group(4), m.group(1), m.group(2), m.group(3))),
          form(
              DAY + " (?:of )?" + MONTH + ",? " + YEAR,
              m -> mention(m, m.group(3), m.group(2), m.group(1), null)),
          form(
              MONTH + " " + DAY + ",? " + YEAR,
              m -> mention(m, m.group(3), m.group(1), m.group(2), null)),
          form(
              "(?:(?:early|mid|late|the end of|the beginning of|the start of)[- ])?"
                  + MONTH
                  + ",? "
                  + YEAR,
              m -> mention(m, m.group(2), m.group(1), null, null)),
          form(
              DAY + " (?:of )?" + MONTH + "(?![a-z])",
              m -> mention(m, null, m.group(2), m.group(1), null)),
          form(
              MONTH + " " + DAY + "(?!\\d|,? (?:19|20)\\d\\d)",
              m -> mention(m, null, m.group(1), m.group(2), null)),
          form(
              "(?:(?:in|since|during|back in|by|until|of|early|late|mid|mid-)\\s?|^)"
                  + YEAR
                  + "(?![\\d–-])",
              m -> mention(m, m.group(1), null, null, null)),
          form(
              NUMBER
                  + " (day|days|week|weeks|month|months|year|years) (after|later|before|earlier|ago)",
              DateExpressions::shift),
          form(
              "(?:in |on |during |within )?(?:the )?(same|following|next|previous) (day|week|month|year)",
              DateExpressions::sameOrNext),
          form(
              "(yesterday|today)",
              m ->
                  DateMention.relative(
                      m.start(),
                      m.end(),
                      new Shift(
                          m.group(1).equalsIgnoreCase("today") ? 0 : -1,
                          ChronoUnit.DAYS,
                          Anchor.PUBLICATION))));

  /** Every date expression in {@code sentence}, in order, none overlapping another. */
  public List<DateMention> find(String sentence) {
    List<DateMention> found = new ArrayList<>();
    for (Form form : forms) {
      Matcher m = form.pattern().matcher(sentence);
      while (m.find()) {
        DateMention mention = form.reader().read(m);
        if (mention != null && found.stream().noneMatch(d -> overlaps(d, mention))) {
          found.add(mention);
        }
      }
    }
    found.sort(Comparator.comparingInt(DateMention::begin));
    return found;
  }

  private static Form form(String regex, Reader reader) {
    return new Form(Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE), reader);
  }

  private static DateMention mention(
      Matcher m, String year, String month, String day, String endDay) {
    Integer monthNumber = month == null ? null : NumberWords.month(month).orElseThrow();
    Integer dayNumber = day == null ? null : Integer.valueOf(day);
    Integer endNumber = endDay == null ? null : Integer.valueOf(endDay);
    if ((dayNumber != null && (dayNumber < 1 || dayNumber > 31))
        || (endNumber != null && (endNumber < 1 || endNumber > 31))) {
      return null;
    }
    int begin = m.start();
    String matched = m.group();
    // A bare year's leading preposition is part of the match but not of the date.
    if (month == null && day == null) {
      begin = m.start() + matched.indexOf(year);
    }
    return new DateMention(
        begin,
        m.end(),
        year == null ? null : Integer.valueOf(year),
        monthNumber,
        dayNumber,
        endNumber,
        null);
  }

  private static DateMention shift(Matcher m) {
    int amount = NumberWords.number(m.group(1)).orElseThrow();
    String direction = m.group(3).toLowerCase(Locale.ROOT);
    boolean before =
        direction.equals("before") || direction.equals("earlier") || direction.equals("ago");
    Anchor anchor = direction.equals("ago") ? Anchor.PUBLICATION : Anchor.PREVIOUS_EVENT;
    return DateMention.relative(
        m.start(), m.end(), new Shift(before ? -amount : amount, unit(m.group(2)), anchor));
  }

  private static DateMention sameOrNext(Matcher m) {
    String which = m.group(1).toLowerCase(Locale.ROOT);
    int amount = which.equals("same") ? 0 : which.equals("previous") ? -1 : 1;
    return DateMention.relative(
        m.start(), m.end(), new Shift(amount, unit(m.group(2)), Anchor.PREVIOUS_DATE));
  }

  private static ChronoUnit unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("day")) {
      return ChronoUnit.DAYS;
    }
    if (w.startsWith("week")) {
      return ChronoUnit.WEEKS;
    }
    return w.startsWith("month") ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
  }

  private static boolean overlaps(DateMention a, DateMention b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }
}
