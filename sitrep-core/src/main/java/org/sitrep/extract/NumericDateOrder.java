package org.sitrep.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part of an all-numeric date ("12/03/2021") is the day. A part above 12 settles it for the
 * date; the document's other numeric dates settle the ones that could be read either way, since an
 * outlet writes all its dates one way; without either, day first, as most outlets outside the
 * United States write.
 */
public enum NumericDateOrder {
  /** 12/03/2021 is 12 March. */
  DAY_FIRST,
  /** 12/03/2021 is 3 December. */
  MONTH_FIRST;

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(?:\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");

  /** The order {@code text}'s unambiguous numeric dates use; day first when they do not tell. */
  public static NumericDateOrder of(String text) {
    int dayFirst = 0;
    int monthFirst = 0;
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      if (first > 12 && second <= 12) {
        dayFirst++;
      } else if (second > 12 && first <= 12) {
        monthFirst++;
      }
    }
    return monthFirst > dayFirst ? MONTH_FIRST : DAY_FIRST;
  }
}
