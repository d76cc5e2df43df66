package org.sitrep.eval.coded;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * Reads CASE 2021 task 2 rows: {@code id}, {@code EventSnippet} and {@code SubType}. A code outside
 * ACLED makes a row that expects no event.
 */
final class CaseRows {
  private CaseRows() {}

  static List<CodedRow> read(String file, Columns c, List<List<String>> rows, CaseCodes codes) {
    List<CodedRow> coded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      coded.add(row(file, c.id(rows.get(i), "id", i + 1), c, rows.get(i), codes));
    }
    return coded;
  }

  private static CodedRow row(
      String file, String id, Columns c, List<String> row, CaseCodes codes) {
    String code = c.get(row, "subtype");
    if (code == null || !codes.known(code)) {
      throw new IllegalArgumentException(file + ": row " + id + " has no known SubType: " + code);
    }
    Optional<SubEventType> sub = codes.subType(code);
    Set<SubEventType> subs =
        sub.map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(SubEventType.class));
    String snippet = c.get(row, "eventsnippet");
    return new CodedRow(
        file,
        id,
        Source.CASE,
        snippet == null ? "" : snippet,
        sub.isPresent(),
        subs,
        CodedRow.typesOf(subs),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        code,
        null);
  }
}
