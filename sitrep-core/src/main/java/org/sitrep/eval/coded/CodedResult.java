package org.sitrep.eval.coded;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a store's reports measure against one file of coded rows.
 *
 * @param file the file's name without {@code .csv}
 * @param source the kind of file
 * @param rows rows (documents) in the file
 * @param documents of those, the ones whose document is in the store
 * @param reports reports of those documents
 * @param detection event rows with at least one report
 * @param falsePositives for CASE, the rows whose code is outside ACLED that got a report; else null
 * @param fields per metric, the rows right among those that give it (no report: wrong)
 * @param f1 for CASE, F1 over the sub-event types with NONE for no report; else null
 * @param outcomes per row, in file order, the report chosen and the metrics it has wrong
 */
public record CodedResult(
    String file,
    Source source,
    int rows,
    int documents,
    int reports,
    Score detection,
    Score falsePositives,
    Map<Metric, Score> fields,
    F1Scores f1,
    List<RowOutcome> outcomes) {
  public CodedResult {
    fields = Map.copyOf(fields);
    outcomes = List.copyOf(outcomes);
  }

  /** The score of {@code metric}; empty when no row gives it. */
  public Optional<Score> field(Metric metric) {
    Score score = fields.get(metric);
    return score == null || score.scored() == 0 ? Optional.empty() : Optional.of(score);
  }

  /**
   * One row and the report scored for it.
   *
   * @param documentId the row's document id
   * @param event whether the row expects an event
   * @param inStore whether its document is in the store
   * @param reports how many reports its document has
   * @param reportId the report that fits the gold best, or null when there is none
   * @param subEventType that report's sub-event type, or null
   * @param wrong the metrics the row gives that the report has wrong (all of them without report)
   */
  public record RowOutcome(
      String documentId,
      boolean event,
      boolean inStore,
      int reports,
      String reportId,
      String subEventType,
      List<Metric> wrong) {
    public RowOutcome {
      wrong = List.copyOf(wrong);
    }
  }
}
