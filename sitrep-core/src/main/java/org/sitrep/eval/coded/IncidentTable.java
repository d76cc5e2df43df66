package org.sitrep.eval.coded;

import java.util.List;

/** Renders an {@link IncidentResult} as a Markdown table, one row per incident. */
public final class IncidentTable {
  private IncidentTable() {}

  /** The table, then the false merges and problems as lists; lines end in a newline. */
  public static String markdown(IncidentResult result) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| incident | articles | articles with a report | reports | pairs joined | events"
            + " (ideal 1) | false merges |\n");
    out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    int pairs = 0;
    int joined = 0;
    for (IncidentResult.IncidentScore s : result.incidents()) {
      pairs += s.pairs();
      joined += s.joined();
      out.append(
          line(
              List.of(
                  s.name(),
                  String.valueOf(s.articles()),
                  String.valueOf(s.articlesWithReports()),
                  String.valueOf(s.reports()),
                  s.joined() + "/" + s.pairs(),
                  String.valueOf(s.events()),
                  String.valueOf(s.falseMerges()))));
    }
    out.append(
        line(
            List.of(
                "all incidents",
                "",
                "",
                "",
                joined + "/" + pairs,
                "",
                String.valueOf(result.falseMerges()))));
    if (!result.merges().isEmpty()) {
      out.append("\nFalse merges:\n\n");
      result.merges().forEach(m -> out.append("- ").append(m).append('\n'));
    }
    if (!result.problems().isEmpty()) {
      out.append("\nProblems:\n\n");
      result.problems().forEach(p -> out.append("- ").append(p).append('\n'));
    }
    return out.toString();
  }

  private static String line(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
