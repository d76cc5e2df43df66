package org.sitrep.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.model.EventDate;
import org.sitrep.nlp.EntityMention;

/**
 * Dates: finds and resolves the dates a sentence names, and picks the one of each event. Immutable
 * and thread-safe.
 */
final class EventDating {
  /** "a day after the", "two weeks before": an event dated from another date named before. */
  private static final Pattern SHORT_SHIFT_BEFORE =
      Pattern.compile(
          "(?i)\\b(a|one|two|three|four|five|six|seven) (day|days|week|weeks) (after|before)\\s+(the\\s+)?([\\p{L}-]+\\s+){0,2}$");

  private final DateExpressions dates = new DateExpressions();
  private final DateResolver resolver = new DateResolver();

  /**
   * The dates of a sentence after its dateline, resolved against the year, the date and the event
   * in force.
   *
   * @param text the sentence
   * @param entities its named entities (SUTime's dates among them), offsets into it
   * @param datelineEnd where its dateline ends, or 0: a dateline dates the story's filing
   * @param previousEvent the date of the last event read, or null
   */
  SentenceDates read(
      String text,
      List<EntityMention> entities,
      int datelineEnd,
      DocumentScope scope,
      Discourse discourse,
      EventDate previousEvent) {
    String published = scope.document().published();
    List<DateMention> mentions =
        TimexDates.merge(dates.find(text, scope.numericOrder()), entities, published);
    if (datelineEnd > 0) {
      mentions = mentions.stream().filter(m -> m.begin() >= datelineEnd).toList();
    }
    Integer sentenceYear = firstYear(mentions);
    List<EventDate> resolved = new ArrayList<>();
    for (DateMention m : mentions) {
      Integer year = sentenceYear != null ? sentenceYear : discourse.paragraphYear();
      resolved.add(
          resolver.resolve(
              m, new DateResolver.Context(year, discourse.lastDate(), previousEvent, published)));
    }
    return new SentenceDates(mentions, resolved, sentenceYear, discourse.standingDate());
  }

  /** Whether the words just before {@code offset} shift a date ("a day after the explosions"). */
  static boolean shiftBefore(String text, int offset) {
    return shift(text, offset).find();
  }

  private static Matcher shift(String text, int offset) {
    return SHORT_SHIFT_BEFORE.matcher(text.substring(Math.max(0, offset - 45), offset));
  }

  /** The date of the event of {@code clause}. */
  EventDate dateOf(String text, Clause clause, SentenceDates sentence) {
    TriggerMatch t = clause.trigger();
    List<DateMention> mentions = sentence.mentions();
    List<EventDate> resolved = sentence.resolved();
    // "On January 4, 2024, a day after the deadly explosions": the explosions were on the 3rd.
    var shift = shift(text, t.begin());
    if (shift.find()) {
      for (int i = mentions.size() - 1; i >= 0; i--) {
        if (mentions.get(i).end() <= t.begin()
            && mentions.get(i).absolute()
            && resolved.get(i).known()) {
          int amount = NumberWords.number(shift.group(1)).orElse(1);
          boolean after = shift.group(3).equalsIgnoreCase("after");
          var unit = shift.group(2).startsWith("week") ? ChronoUnit.WEEKS : ChronoUnit.DAYS;
          DateMention inverse =
              DateMention.relative(
                  0,
                  0,
                  new DateMention.Shift(
                      after ? -amount : amount, unit, DateMention.Anchor.PREVIOUS_DATE));
          return resolver.resolve(
              inverse, new DateResolver.Context(null, resolved.get(i), null, null));
        }
      }
    }
    EventDate inClause = null;
    EventDate beforeTrigger = null;
    for (int i = 0; i < mentions.size(); i++) {
      DateMention m = mentions.get(i);
      EventDate date = resolved.get(i);
      if (!date.known()) {
        continue;
      }
      if (m.begin() >= clause.begin() && m.end() <= clause.end()) {
        if (inClause == null || precision(date) < precision(inClause)) {
          inClause = date;
        }
      } else if (m.end() <= t.begin()) {
        if (beforeTrigger == null || precision(date) <= precision(beforeTrigger)) {
          beforeTrigger = date;
        }
      }
    }
    if (inClause != null) {
      return inClause;
    }
    if (beforeTrigger != null) {
      return beforeTrigger;
    }
    return sentence.standing() != null ? sentence.standing() : EventDate.UNKNOWN;
  }

  private static int precision(EventDate date) {
    return date.precision() == null ? 9 : date.precision().ordinal();
  }

  private static Integer firstYear(List<DateMention> mentions) {
    for (DateMention m : mentions) {
      if (m.absolute() && m.year() != null) {
        return m.year();
      }
    }
    return null;
  }
}
