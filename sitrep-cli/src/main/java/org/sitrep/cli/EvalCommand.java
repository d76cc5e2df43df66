package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.AnswerKey;
import org.sitrep.eval.EvalResult;
import org.sitrep.eval.EvalText;
import org.sitrep.eval.Scorer;
import org.sitrep.eval.coded.CodedReader;
import org.sitrep.eval.coded.CodedResult;
import org.sitrep.eval.coded.CodedScorer;
import org.sitrep.eval.coded.CodedTable;
import org.sitrep.eval.coded.IncidentKey;
import org.sitrep.eval.coded.IncidentResult;
import org.sitrep.eval.coded.IncidentScorer;
import org.sitrep.eval.coded.IncidentTable;
import org.sitrep.model.Actor;
import org.sitrep.model.Report;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval}: measures the store's extraction against an answer key, against third-party
 * coded rows, or its fusion against a key of multi-source incidents.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Score the store against an answer key or coded rows.",
    description = {
      "Score the store against an answer key (--gold, eval/FORMAT.md), against third-party coded",
      "rows whose documents were ingested from `coded-documents` (--coded), or score fusion",
      "against a key of incidents reported by several articles (--incidents)."
    })
final class EvalCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  /** What to score against: exactly one. */
  static final class Against {
    @Option(
        names = "--gold",
        required = true,
        paramLabel = "FILE",
        description = "An answer key, e.g. eval/seeds/gold.json.")
    Path gold;

    @Option(
        names = "--coded",
        required = true,
        arity = "1..*",
        paramLabel = "FILE",
        description = "Coded CSV files (ACLED, GTD, CASE 2021, Wikipedia incident tables).")
    List<Path> coded;

    @Option(
        names = "--incidents",
        required = true,
        paramLabel = "FILE",
        description = "A key of incidents: clusters of articles by file-name prefix.")
    Path incidents;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Against against;

  @Option(names = "--json", description = "The whole result, details included, as JSON.")
  boolean json;

  @Option(
      names = "--verbose",
      description =
          "With --gold: also list missed events, wrong fields, bad reports and unresolved actors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (against.coded != null) {
      return coded();
    }
    if (against.incidents != null) {
      return incidents();
    }
    AnswerKey key = AnswerKey.read(against.gold);
    EvalResult result;
    try (SqliteDocumentStore store = sitrep.openStore()) {
      result = new Scorer().score(key, store);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonOutput.mapper().writeValueAsString(result));
    } else {
      out.print(EvalText.format(result, verbose));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private int coded() throws Exception {
    CodedReader reader = CodedReader.standard();
    CodedScorer scorer = CodedScorer.standard();
    List<CodedResult> results = new ArrayList<>();
    try (SqliteDocumentStore store = sitrep.openStore()) {
      // Read the store once for every file.
      List<StoredDocument> documents = store.documents();
      List<Report> reports = store.reports();
      List<Actor> actors = store.actors();
      for (Path file : against.coded) {
        results.add(scorer.score(reader.read(file), documents, reports, actors));
      }
    }
    print(json ? results : null, CodedTable.markdown(results));
    return ExitCodes.OK;
  }

  private int incidents() throws Exception {
    IncidentKey key = IncidentKey.read(against.incidents);
    IncidentResult result;
    try (SqliteDocumentStore store = sitrep.openStore()) {
      result = new IncidentScorer().score(key, store);
    }
    print(json ? result : null, IncidentTable.markdown(result));
    return ExitCodes.OK;
  }

  /** Prints {@code value} as JSON when given, else {@code text}. */
  private void print(Object value, String text) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (value != null) {
      ObjectMapper mapper = JsonOutput.mapper();
      out.println(mapper.writeValueAsString(value));
    } else {
      out.print(text);
    }
    out.flush();
  }
}
