package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;

/**
 * Reads the publication dates that pages state ("March 12, 2024", "12 Mar. 2024", "2024-03-12",
 * "2024-03-12T10:00:00Z") into ISO 8601, as precise as the statement. Stateless and thread-safe.
 */
public final class PublicationDates {

  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<year>(?:19|20)\\d\\d)-(?<month>[01]\\d)(?:-(?<day>[0-3]\\d))?(?:[T ][\\d:.]+(?:Z|[+-][\\d:]+)?)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR =
      Pattern.compile(MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);

  /** A date in a URL's path, as news sites write it: /2024/03/23/, /2024-03-23/, /20240323/. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/(?<year>(?:19|20)\\d\\d)([/-]?)(?<month>[01]\\d)\\2(?<day>[0-3]\\d)(?=[/._-]|$)");

  private PublicationDates() {}

  /**
   * The day a news URL's path states (most news sites file stories under their day), or empty. Only
   * a full day counts: a year and month alone in a path are often an archive's, not the story's.
   */
  public static Optional<String> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    int query = url.indexOf('?');
    Matcher m = URL_DATE.matcher(query < 0 ? url : url.substring(0, query));
    while (m.find()) {
      Optional<String> iso = toIso(m, true);
      if (iso.isPresent()) {
        return iso;
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the first date statement in {@code text}.
   *
   * @return the date as {@code yyyy-MM-dd} or {@code yyyy-MM}; empty when the text states no valid
   *     date
   */
  public static Optional<String> find(String text) {
    return match(text).map(DateMatch::iso);
  }

  /**
   * Finds the first date statement in {@code text} with where it stands.
   *
   * @return empty when the text states no valid date
   */
  public static Optional<DateMatch> match(String text) {
    for (Pattern pattern : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Optional<String> iso = toIso(m, pattern != MONTH_YEAR);
        if (iso.isPresent()) {
          return Optional.of(new DateMatch(iso.get(), m.start(), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> toIso(Matcher m, boolean hasDayGroup) {
    String monthText = m.group("month").toLowerCase(Locale.ROOT);
    int year = Integer.parseInt(m.group("year"));
    Integer month =
        Character.isDigit(monthText.charAt(0))
            ? Integer.valueOf(monthText)
            : Integer.valueOf(NumberWords.month(monthText).orElseThrow());
    String day = hasDayGroup ? m.group("day") : null;
    try {
      if (day == null) {
        return Optional.of(YearMonth.of(year, month).toString());
      }
      return Optional.of(LocalDate.of(year, month, Integer.parseInt(day)).toString());
    } catch (DateTimeException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /**
   * A date found in a text.
   *
   * @param iso the date in ISO 8601, day or month precision
   * @param begin UTF-16 offset where the statement begins
   * @param end UTF-16 offset just past the statement
   */
  public record DateMatch(String iso, int begin, int end) {}
}
