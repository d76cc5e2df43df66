package org.sitrep.export;

import java.util.regex.Pattern;

/**
 * A CSV cell that spreadsheets open as text: control characters become spaces, and a cell that
 * would start a formula ({@code = + - @}, tab or carriage return first) is neutralised with a
 * leading apostrophe, as OWASP's guidance on CSV injection describes. Plain numbers, negative ones
 * included, are left as they are so that coordinates stay numbers.
 */
final class CsvCell {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[Ee][-+]?\\d+)?");

  private CsvCell() {}

  /** The cell's text, safe to open in a spreadsheet. */
  static String safe(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    StringBuilder out = new StringBuilder(cell.length() + 1);
    if (formula && !NUMBER.matcher(cell).matches()) {
      out.append('\'');
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return out.toString();
  }
}
