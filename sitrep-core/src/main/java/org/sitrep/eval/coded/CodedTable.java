package org.sitrep.eval.coded;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders coded-data results as a Markdown table: one row per file and a last row pooling every
 * file's counts (F1 is per file only). A cell is a rate with its counts, {@code 0.62 (31/50)}; a
 * dash where the file does not give the metric.
 */
public final class CodedTable {
  /** The header row's cells, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "file",
          "source",
          "rows",
          "in store",
          "reports",
          "detection",
          "false positives",
          "sub-event type",
          "event type",
          "weighted F1",
          "macro F1",
          "country",
          "place",
          "fatalities",
          "date (day)",
          "actor1 (loose)");

  private static final String NONE = "-";

  private CodedTable() {}

  /** The table of {@code results}, header first, lines ending in a newline. */
  public static String markdown(List<CodedResult> results) {
    StringBuilder out = new StringBuilder();
    out.append(line(COLUMNS));
    out.append(line(COLUMNS.stream().map(c -> "---").toList()));
    for (CodedResult r : results) {
      out.append(row(r));
    }
    if (results.size() > 1) {
      out.append(total(results));
    }
    return out.toString();
  }

  /** One file's row. */
  public static String row(CodedResult r) {
    return line(
        List.of(
            r.file(),
            r.source().code(),
            String.valueOf(r.rows()),
            String.valueOf(r.documents()),
            String.valueOf(r.reports()),
            cell(r.detection()),
            r.falsePositives() == null ? NONE : cell(r.falsePositives()),
            field(r, Metric.SUB_EVENT_TYPE),
            field(r, Metric.EVENT_TYPE),
            r.f1() == null ? NONE : number(r.f1().weighted()),
            r.f1() == null ? NONE : number(r.f1().macro()),
            field(r, Metric.COUNTRY),
            field(r, Metric.PLACE),
            field(r, Metric.FATALITIES),
            field(r, Metric.DATE),
            field(r, Metric.ACTOR1)));
  }

  private static String total(List<CodedResult> results) {
    int rows = results.stream().mapToInt(CodedResult::rows).sum();
    int documents = results.stream().mapToInt(CodedResult::documents).sum();
    int reports = results.stream().mapToInt(CodedResult::reports).sum();
    Score detection =
        Score.of(
            results.stream().mapToInt(r -> r.detection().correct()).sum(),
            results.stream().mapToInt(r -> r.detection().scored()).sum());
    List<Score> fps =
        results.stream().map(CodedResult::falsePositives).filter(s -> s != null).toList();
    Score fp =
        Score.of(
            fps.stream().mapToInt(Score::correct).sum(),
            fps.stream().mapToInt(Score::scored).sum());
    List<String> cells =
        new java.util.ArrayList<>(
            List.of(
                "all files",
                "",
                String.valueOf(rows),
                String.valueOf(documents),
                String.valueOf(reports),
                cell(detection),
                fp.scored() == 0 ? NONE : cell(fp)));
    for (Metric metric : List.of(Metric.SUB_EVENT_TYPE, Metric.EVENT_TYPE)) {
      cells.add(pooled(results, metric));
    }
    cells.add(NONE);
    cells.add(NONE);
    for (Metric metric :
        List.of(Metric.COUNTRY, Metric.PLACE, Metric.FATALITIES, Metric.DATE, Metric.ACTOR1)) {
      cells.add(pooled(results, metric));
    }
    return line(cells);
  }

  private static String pooled(List<CodedResult> results, Metric metric) {
    int correct = 0;
    int scored = 0;
    for (CodedResult r : results) {
      Optional<Score> s = r.field(metric);
      if (s.isPresent()) {
        correct += s.get().correct();
        scored += s.get().scored();
      }
    }
    return scored == 0 ? NONE : cell(Score.of(correct, scored));
  }

  private static String field(CodedResult r, Metric metric) {
    return r.field(metric).map(CodedTable::cell).orElse(NONE);
  }

  private static String cell(Score s) {
    return s.scored() == 0 ? NONE : number(s.rate()) + " (" + s.correct() + "/" + s.scored() + ")";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String line(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
