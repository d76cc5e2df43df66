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
import org.sitrep.model.DatePrecision;

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
    DateMention read(Matcher m, NumericDateOrder order);
  }

  /** Two digits after a separator, or four: the year of an all-numeric date. */
  private static final String NUMERIC_YEAR = "(\\d{4}|\\d{2})";

  /** "early", "mid", "late" and their kin: the part of a month, as the first and last day. */
  private static final String PART_OF_MONTH =
      "(early|mid|late|the end of|the beginning of|the start of|the first week of"
          + "|the second week of|the third week of|the last week of|the first half of"
          + "|the second half of)";

  private final List<Form> forms =
      List.of(
          form(
              YEAR + "-(\\d{2})-(\\d{2})(?![\\d])",
              (m, o) -> numeric(m, m.group(1), m.group(2), m.group(3))),
          form(
              "(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2" + NUMERIC_YEAR + "(?![\\d/-]|\\.\\d)",
              (m, o) -> numeric(m, m.group(4), o, m.group(1), m.group(3))),
          form(
              "(?:between|from) "
                  + DAY
                  + " (?:of )?"
                  + MONTH
                  + ",? (?:and|to|until|till|-|–) "
                  + DAY
                  + " (?:of )?"
                  + MONTH
                  + ",? "
                  + YEAR,
              (m, o) -> mention(m, m.group(5), m.group(2), m.group(1), null)),
          form(
              PART_OF_MONTH + "[- ]" + MONTH + "(?:,? " + YEAR + ")?",
              // "early March 2021" is known to the month, as answer keys and ACLED's month
              // precision (3) have it; the part of the month is no day.
              (m, o) -> mention(m, m.group(3), m.group(2), null, null)),
          form(
              "(?:between )?"
                  + DAY
                  + " ?(?:and|to|-|–|/) ?"
                  + DAY
                  + " (?:of )?"
                  + MONTH
                  + "(?:,? "
                  + YEAR
                  + ")?",
              (m, o) -> mention(m, m.group(4), m.group(3), m.group(1), m.group(2))),
          form(
              "between " + DAY + " and " + DAY + " " + MONTH + "(?:,? " + YEAR + ")?",
              (m, o) -> mention(m, m.group(4), m.group(3), m.group(1), m.group(2))),
          form(
              MONTH + " " + DAY + " (?:and|to|-|–) " + DAY + "(?:,? " + YEAR + ")?",
              (m, o) -> mention(m, m.group(4), m.group(1), m.group(2), m.group(3))),
          form(
              DAY + " (?:of )?" + MONTH + ",? " + YEAR,
              (m, o) -> mention(m, m.group(3), m.group(2), m.group(1), null)),
          form(
              MONTH + " " + DAY + ",? " + YEAR,
              (m, o) -> mention(m, m.group(3), m.group(1), m.group(2), null)),
          form(
              "(?:(?:early|mid|late|the end of|the beginning of|the start of)[- ])?"
                  + MONTH
                  + ",? "
                  + YEAR,
              (m, o) -> mention(m, m.group(2), m.group(1), null, null)),
          form(
              DAY + " (?:of )?" + MONTH + "(?![a-z])",
              (m, o) -> mention(m, null, m.group(2), m.group(1), null)),
          form(
              MONTH + " " + DAY + "(?!\\d|,? (?:19|20)\\d\\d)",
              (m, o) -> mention(m, null, m.group(1), m.group(2), null)),
          form(
              "(?:on|of|dated) (?:the )?(\\d{1,2})/(\\d{1,2})(?![\\d/])",
              (m, o) -> numeric(m, null, o, m.group(1), m.group(2))),
          form(
              "(?:(?:in|since|during|back in|by|until|of|early|late|mid|mid-)\\s?|^)"
                  + YEAR
                  + "(?![\\d–-])",
              (m, o) -> mention(m, m.group(1), null, null, null)),
          form(
              NUMBER
                  + " (day|days|week|weeks|month|months|year|years) (after|later|before|earlier|ago)",
              (m, o) -> shift(m)),
          form(
              "(?:in |on |during |within )?(?:the )?(same|following|next|previous) (day|week|month|year)",
              (m, o) -> sameOrNext(m)),
          form(
              "(yesterday|today)",
              (m, o) ->
                  DateMention.relative(
                      m.start(),
                      m.end(),
                      new Shift(
                          m.group(1).equalsIgnoreCase("today") ? 0 : -1,
                          ChronoUnit.DAYS,
                          Anchor.PUBLICATION))));

  /**
   * Every date expression in {@code sentence}, in order, none overlapping another; all-numeric
   * dates that read either way are read in the order the sentence's own dates use.
   */
  public List<DateMention> find(String sentence) {
    return find(sentence, NumericDateOrder.of(sentence));
  }

  /**
   * Every date expression in {@code sentence}, in order, none overlapping another.
   *
   * @param order how to read an all-numeric date whose parts are both 12 or less: the order of the
   *     document's other dates ({@link NumericDateOrder#of})
   */
  public List<DateMention> find(String sentence, NumericDateOrder order) {
    List<DateMention> found = new ArrayList<>();
    for (Form form : forms) {
      Matcher m = form.pattern().matcher(sentence);
      while (m.find()) {
        DateMention mention = weekOf(sentence, form.reader().read(m, order));
        if (mention != null && found.stream().noneMatch(d -> overlaps(d, mention))) {
          found.add(mention);
        }
      }
    }
    found.sort(Comparator.comparingInt(DateMention::begin));
    return found;
  }

  /** "the week of 5 June 2023": the day names the week. */
  private static final Pattern WEEK_OF =
      Pattern.compile("(?i)\\b(?:the )?(?:week|weekend) of (?:the )?$");

  private static DateMention weekOf(String sentence, DateMention mention) {
    if (mention == null || mention.day() == null || mention.relative() != null) {
      return mention;
    }
    String before = sentence.substring(Math.max(0, mention.begin() - 20), mention.begin());
    if (!WEEK_OF.matcher(before).find()) {
      return mention;
    }
    return new DateMention(
        mention.begin(),
        mention.end(),
        mention.year(),
        mention.month(),
        mention.day(),
        mention.endDay(),
        null,
        DatePrecision.WEEK);
  }

  /** An all-numeric date: year, month and day as written, the day first unless told otherwise. */
  private static DateMention numeric(
      Matcher m, String year, NumericDateOrder order, String first, String second) {
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    boolean dayFirst = a > 12 || b <= 12 && order == NumericDateOrder.DAY_FIRST;
    int day = dayFirst ? a : b;
    int month = dayFirst ? b : a;
    return numeric(m, year, Integer.toString(month), Integer.toString(day));
  }

  /** A numeric date in year, month, day order; null when it is no calendar day. */
  private static DateMention numeric(Matcher m, String year, String month, String day) {
    int monthNumber = Integer.parseInt(month);
    int dayNumber = Integer.parseInt(day);
    if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) {
      return null;
    }
    Integer yearNumber = year == null ? null : Integer.valueOf(year);
    if (yearNumber != null && year.length() == 2) {
      // "12/05/17": two-digit years are this century's up to 49, the last century's after.
      yearNumber += yearNumber < 50 ? 2000 : 1900;
    }
    return new DateMention(m.start(), m.end(), yearNumber, monthNumber, dayNumber, null, null);
  }

  /**
   * Whether a matched month word is the month: "may" and "march" in lower case are the modal verb
   * and the walk ("they may 5", "a march 3 km long"), never the month, which news capitalises.
   */
  private static boolean isMonthName(String word) {
    String w = word.replace(".", "");
    return !(w.equals("may") || w.equals("march") || w.equals("mar"));
  }

  private static Form form(String regex, Reader reader) {
    return new Form(Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE), reader);
  }

  private static DateMention mention(
      Matcher m, String year, String month, String day, String endDay) {
    if (month != null && !isMonthName(month)) {
      return null;
    }
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
