package org.sitrep.eval.coded;

import java.util.List;
import org.sitrep.model.SubEventType;

/**
 * Per-class F1 over ACLED's sub-event types, averaged two ways, as CASE 2021 task 2 reports it. A
 * row without prediction (no report) is the class NONE: it costs its gold class recall and no class
 * precision.
 *
 * @param weighted the mean of the classes' F1 weighted by their gold support
 * @param macro the unweighted mean over the classes that are in the gold or predicted
 */
public record F1Scores(double weighted, double macro) {
  /**
   * The scores of {@code predicted} against {@code gold}, pairwise.
   *
   * @param gold each row's sub-event type
   * @param predicted each row's predicted sub-event type, null for NONE
   */
  public static F1Scores of(List<SubEventType> gold, List<SubEventType> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    double weightedSum = 0;
    double macroSum = 0;
    int classes = 0;
    int support = 0;
    for (SubEventType c : SubEventType.values()) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean isGold = gold.get(i) == c;
        boolean isPredicted = predicted.get(i) == c;
        if (isGold && isPredicted) {
          tp++;
        } else if (isPredicted) {
          fp++;
        } else if (isGold) {
          fn++;
        }
      }
      if (tp + fp + fn == 0) {
        continue; // neither in the gold nor predicted: no F1 to average
      }
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      macroSum += f1;
      classes++;
      weightedSum += f1 * (tp + fn);
      support += tp + fn;
    }
    return new F1Scores(
        support == 0 ? 0 : weightedSum / support, classes == 0 ? 0 : macroSum / classes);
  }
}
