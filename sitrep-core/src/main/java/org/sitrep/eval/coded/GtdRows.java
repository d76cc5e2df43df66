package org.sitrep.eval.coded;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * Reads Global Terrorism Database rows: {@code eventid}, {@code iyear}/{@code imonth}/{@code iday}
 * (0 where unknown), {@code summary}, {@code attacktype1_txt} (through the coarse type map), {@code
 * nkill}, {@code country_txt}, {@code provstate}, {@code city} and {@code gname}.
 */
final class GtdRows {
  /** What GTD writes for an attack no group is known for: no actor to compare. */
  private static final String UNKNOWN = "Unknown";

  private GtdRows() {}

  static List<CodedRow> read(String file, Columns c, List<List<String>> rows, CoarseTypes types) {
    List<CodedRow> coded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      coded.add(row(file, c.id(rows.get(i), "eventid", i + 1), c, rows.get(i), types));
    }
    return coded;
  }

  private static CodedRow row(
      String file, String id, Columns c, List<String> row, CoarseTypes types) {
    Set<SubEventType> subs = types.accepted(c.get(row, "attacktype1_txt"));
    String group = c.get(row, "gname");
    String summary = c.get(row, "summary");
    LocalDate date =
        date(c.integer(row, "iyear"), c.integer(row, "imonth"), c.integer(row, "iday"));
    return new CodedRow(
        file,
        id,
        Source.GTD,
        summary == null ? "" : summary,
        true,
        subs,
        CodedRow.typesOf(subs),
        date,
        date == null ? null : 1,
        group == null || group.equalsIgnoreCase(UNKNOWN) ? List.of() : List.of(group),
        c.get(row, "country_txt"),
        c.get(row, "provstate"),
        null,
        null,
        c.get(row, "city"),
        c.integer(row, "nkill"),
        null,
        null);
  }

  /** The exact day, or null when GTD does not know it (a 0 day or month). */
  private static LocalDate date(Integer year, Integer month, Integer day) {
    if (year == null || month == null || day == null || month == 0 || day == 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
