package org.sitrep.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.nlp.EntityMention;

/**
 * Adds the days SUTime resolved ("on Tuesday", "last night", "Friday evening") to the date
 * expressions the lexicon's patterns found, where those found none. SUTime resolves such words
 * against the publication date; news reports what happened, so a day it puts after publication is
 * taken as the same weekday of the week before. Stateless.
 */
final class TimexDates {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY_OR_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T.*)?");

  private TimexDates() {}

  /**
   * {@code found} with a mention added for each DATE or TIME entity whose normalised value is a
   * day, or a time of a day, and which overlaps none of {@code found}; sorted by position.
   *
   * @param entities the sentence's entities, offsets relative to the sentence
   * @param published the day relative dates were resolved against (ISO 8601), or null
   */
  static List<DateMention> merge(
      List<DateMention> found, List<EntityMention> entities, String published) {
    List<DateMention> merged = new ArrayList<>(found);
    LocalDate publishedDay = parse(published);
    for (EntityMention e : entities) {
      if (!"DATE".equals(e.type()) && !"TIME".equals(e.type())
          || e.normalized() == null
          || !DAY_OR_TIME.matcher(e.normalized()).matches()
          || publishedDay == null) {
        continue;
      }
      // "Friday evening" is 2024-03-22TEV: the day is what an event date keeps.
      LocalDate day = parse(e.normalized().substring(0, 10));
      if (day == null) {
        continue;
      }
      while (day.isAfter(publishedDay)) {
        day = day.minusWeeks(1);
      }
      int begin = e.span().begin();
      int end = e.span().end();
      if (merged.stream().anyMatch(d -> d.begin() < end && begin < d.end())) {
        continue;
      }
      merged.add(
          new DateMention(
              begin, end, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null, null));
    }
    merged.sort(Comparator.comparingInt(DateMention::begin));
    return merged;
  }

  private static LocalDate parse(String iso) {
    if (iso == null || !DAY.matcher(iso).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
