package org.sitrep.extract.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.model.SubEventType;

/**
 * How well a trainer's heads label examples they were not trained on, by k-fold cross-validation
 * over the corpus (fold = index mod k, so it is deterministic). It measures the corpus' own
 * consistency, not generalisation to other writing: that is what the coded development data is for.
 *
 * @param folds the number of folds
 * @param accuracy share of examples given their exact label ("no event" included)
 * @param detection share of examples correctly said to report an event or not
 * @param confusions the commonest mistakes, "gold -> predicted" with their counts
 */
public record CrossValidation(
    int folds, double accuracy, double detection, Map<String, Integer> confusions) {

  /** Runs {@code folds}-fold cross-validation of {@code trainer}. */
  public static CrossValidation run(
      HeadTrainer trainer, List<LabelledText> examples, List<float[]> vectors, int folds) {
    int right = 0;
    int detected = 0;
    Map<String, Integer> confusions = new TreeMap<>();
    for (int f = 0; f < folds; f++) {
      List<LabelledText> trainX = new ArrayList<>();
      List<float[]> trainV = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (i % folds != f) {
          trainX.add(examples.get(i));
          trainV.add(vectors.get(i));
        }
      }
      EventHead head = trainer.train(trainX, trainV, "cv", "cv");
      for (int i = f; i < examples.size(); i += folds) {
        Optional<SubEventType> gold = examples.get(i).type();
        Optional<SubEventType> got = head.classify(vectors.get(i)).type();
        right += gold.equals(got) ? 1 : 0;
        detected += gold.isPresent() == got.isPresent() ? 1 : 0;
        if (!gold.equals(got)) {
          confusions.merge(name(gold) + " -> " + name(got), 1, Integer::sum);
        }
      }
    }
    double n = examples.size();
    return new CrossValidation(folds, right / n, detected / n, confusions);
  }

  private static String name(Optional<SubEventType> type) {
    return type.map(Enum::name).orElse(TrainingCorpus.NONE);
  }
}
