package org.sitrep.eval.coded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.SubEventType;

/**
 * Reads rows of Wikipedia's incident tables: {@code src_row}, {@code details} (the text), {@code
 * date}, {@code type} (through the coarse type map), {@code dead} ("N (+M)": the first number is
 * the victims), {@code location} ("City, Country": the last part is the country) and {@code
 * perpetrator}. Dates are kept but not scored: the tables give no precision.
 */
final class WikipediaRows {
  private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

  private WikipediaRows() {}

  static List<CodedRow> read(String file, Columns c, List<List<String>> rows, CoarseTypes types) {
    List<CodedRow> coded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      coded.add(row(file, c.id(rows.get(i), "src_row", i + 1), c, rows.get(i), types));
    }
    return coded;
  }

  private static CodedRow row(
      String file, String id, Columns c, List<String> row, CoarseTypes types) {
    String type = c.get(row, "type");
    Set<SubEventType> subs = types.accepted(type);
    String dead = c.get(row, "dead");
    String location = c.get(row, "location");
    String details = c.get(row, "details");
    return new CodedRow(
        file,
        id,
        Source.WIKIPEDIA,
        details == null ? "" : details,
        true,
        subs,
        CodedRow.typesOf(subs),
        CodedDates.parse(c.get(row, "date"), null).orElse(null),
        null,
        List.of(),
        country(location),
        null,
        null,
        null,
        null,
        firstNumber(dead),
        null,
        new CodedRow.WikipediaColumns(type, dead, location, c.get(row, "perpetrator")));
  }

  /** The first whole number of {@code dead}, or null when it has none. */
  static Integer firstNumber(String dead) {
    if (dead == null) {
      return null;
    }
    Matcher m = FIRST_NUMBER.matcher(dead);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  /** The last comma-separated part of {@code location}, or null. */
  static String country(String location) {
    if (location == null) {
      return null;
    }
    String[] parts = location.split(",");
    String last = parts[parts.length - 1].strip();
    return last.isEmpty() ? null : last;
  }
}
