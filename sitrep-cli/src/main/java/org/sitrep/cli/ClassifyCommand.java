package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.extract.detect.Detection;
import org.sitrep.extract.detect.EventDetector;
import org.sitrep.extract.detect.TrainingCorpus;
import org.sitrep.nlp.E5SentenceEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep classify}: what the event classifier says of each line of text. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    header = "Print what the event classifier says of each line.",
    description = {
      "Print what the event classifier says of each line of FILE (or standard input):",
      "the sub-event type or NONE, its probability, the probability of any event, the line."
    })
final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Lines to classify (default: -).")
  String file;

  @Override
  public Integer call() throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        file == null || file.equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    EventDetector detector = EventDetector.bundled(E5SentenceEncoder.standard());
    PrintWriter out = spec.commandLine().getOut();
    List<Detection> said = detector.detect(lines);
    for (int i = 0; i < lines.size(); i++) {
      Detection d = said.get(i);
      out.printf(
          Locale.ROOT,
          "%s\t%.3f\t%.3f\t%s%n",
          d.type().map(Enum::name).orElse(TrainingCorpus.NONE),
          d.score(),
          d.eventScore(),
          lines.get(i));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
