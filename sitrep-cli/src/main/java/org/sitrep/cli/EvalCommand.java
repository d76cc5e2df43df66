package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.AnswerKey;
import org.sitrep.eval.EvalResult;
import org.sitrep.eval.EvalText;
import org.sitrep.eval.Scorer;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: measures the store's extraction against an answer key. */
@Command(
    name = "eval",
    description = "Score the store's reports and actors against an answer key (eval/FORMAT.md).")
final class EvalCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "The answer key, e.g. eval/seeds/gold.json.")
  Path gold;

  @Option(names = "--json", description = "The whole result, details included, as JSON.")
  boolean json;

  @Option(
      names = "--verbose",
      description = "Also list missed events, wrong fields, bad reports and unresolved actors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    AnswerKey key = AnswerKey.read(gold);
    EvalResult result;
    try (SqliteDocumentStore store = sitrep.openStore()) {
      result = new Scorer().score(key, store);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = JsonOutput.mapper();
      out.println(mapper.writeValueAsString(result));
    } else {
      out.print(EvalText.format(result, verbose));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
