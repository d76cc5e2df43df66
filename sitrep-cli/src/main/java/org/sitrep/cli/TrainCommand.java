package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.extract.detect.CrossValidation;
import org.sitrep.extract.detect.EventHead;
import org.sitrep.extract.detect.HeadTrainer;
import org.sitrep.extract.detect.LabelledText;
import org.sitrep.extract.detect.TrainingCorpus;
import org.sitrep.nlp.E5SentenceEncoder;
import org.sitrep.nlp.SentenceEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep train}: rebuilds the event classifier's head from the bundled training corpus,
 * deterministically, and writes it where the build packs it.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    header = "Rebuild the event classifier's head from the training corpus.",
    description = {
      "Rebuild the event classifier's head from the training corpus in the jar",
      "(sitrep-core/src/main/resources/org/sitrep/extract/training) with a fixed procedure,",
      "so the same corpus and encoder give the same head. Run from the project root, then",
      "rebuild (./sitrep does it) to ship the new head."
    })
final class TrainCommand implements Callable<Integer> {
  static final Path DEFAULT_OUT =
      Path.of("sitrep-core/src/main/resources/org/sitrep/extract/detect", EventHead.RESOURCE);

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      description = "Where to write the head (default: ${DEFAULT-VALUE}).",
      defaultValue = "sitrep-core/src/main/resources/org/sitrep/extract/detect/event-head.json")
  Path out;

  @Option(
      names = "--folds",
      defaultValue = "0",
      description = "Also cross-validate with this many folds and print the result (0: no).")
  int folds;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    TrainingCorpus corpus = TrainingCorpus.bundled();
    List<LabelledText> examples = corpus.examples();
    long start = System.nanoTime();
    SentenceEncoder encoder = E5SentenceEncoder.standard();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < examples.size(); i += 64) {
      List<String> batch =
          examples.subList(i, Math.min(i + 64, examples.size())).stream()
              .map(LabelledText::text)
              .toList();
      vectors.addAll(encoder.encode(batch));
    }
    log.printf(
        Locale.ROOT,
        "encoded %d examples (%s) in %.1f s%n",
        examples.size(),
        corpus.sha256().substring(0, 12),
        (System.nanoTime() - start) / 1e9);
    HeadTrainer trainer = HeadTrainer.standard();
    if (folds > 1) {
      CrossValidation cv = CrossValidation.run(trainer, examples, vectors, folds);
      log.printf(
          Locale.ROOT,
          "%d-fold cross-validation on the corpus: label accuracy %.3f, event/no-event %.3f%n",
          cv.folds(),
          cv.accuracy(),
          cv.detection());
      cv.confusions().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
          .limit(15)
          .forEach(e -> log.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
    }
    EventHead head = trainer.train(examples, vectors, encoder.identity(), corpus.sha256());
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      head.write(o);
    }
    log.printf(Locale.ROOT, "wrote %s (%s)%n", out, head.provenance());
    log.flush();
    return ExitCodes.OK;
  }
}
