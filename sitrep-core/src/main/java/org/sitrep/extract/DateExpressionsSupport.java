package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;

/** Number words of date expressions. */
final class DateExpressionsSupport {
  private static final Map<String, Integer> NUMBERS =
      Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7);

  private DateExpressionsSupport() {}

  static int amount(String word) {
    return NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 1);
  }
}
