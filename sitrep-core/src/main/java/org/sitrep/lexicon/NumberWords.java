package org.sitrep.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The numbers and months of English as words: "three", "a hundred", "Sept.". Stateless. */
public final class NumberWords {
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("a hundred", 100),
          Map.entry("hundred", 100));

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final List<String> WEEKDAYS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private NumberWords() {}

  /**
   * Whether a capitalised word names a month or a weekday, in full or abbreviated ("Sept.",
   * "Monday"), so that it is not taken for a person's or a place's name.
   */
  public static boolean isCalendarWord(String word) {
    String w = word.strip().replace(".", "").toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return false;
    }
    String stem = w.substring(0, 3);
    boolean month = MONTHS.contains(stem) && monthName(w);
    boolean weekday = WEEKDAYS.contains(stem) && (w.length() == 3 || w.endsWith("day"));
    return month || weekday;
  }

  /** "sept", "september", "may" name months; "jane", "marching", "mayor" do not. */
  private static boolean monthName(String w) {
    return w.length() == 3
        || w.equals("sept")
        || List.of(
                "january",
                "february",
                "march",
                "april",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december")
            .contains(w);
  }

  /** The value of a number written in words or digits ("three", "1,200"); empty when neither. */
  public static OptionalInt number(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(",", "");
    Integer word = NUMBERS.get(t);
    if (word != null) {
      return OptionalInt.of(word);
    }
    if (t.equals("dozen") || t.equals("a dozen")) {
      return OptionalInt.of(12);
    }
    // "twenty-five", "twenty five", "two hundred", "one hundred and five".
    String[] parts = t.split("[\\s-]+(?:and\\s+)?");
    if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
      int a = NUMBERS.get(parts[0]);
      int b = NUMBERS.get(parts[1]);
      if (a >= 20 && a % 10 == 0 && b < 10) {
        return OptionalInt.of(a + b);
      }
      if (b == 100 && a < 10) {
        return OptionalInt.of(a * 100);
      }
    }
    return t.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
  }

  /** The month 1-12 a name or abbreviation gives ("Sept.", "january"); empty when none. */
  public static OptionalInt month(String name) {
    String t = name.strip().toLowerCase(Locale.ROOT);
    int index = t.length() < 3 ? -1 : MONTHS.indexOf(t.substring(0, 3));
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
  }
}
