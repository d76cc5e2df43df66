package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep documents}: lists the stored documents. */
@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description = "List the documents in the store.")
final class DocumentsCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object a line instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteDocumentStore store = sitrep.openStore()) {
      List<StoredDocument> documents = store.documents();
      if (json) {
        ObjectMapper mapper = new ObjectMapper();
        for (StoredDocument d : documents) {
          out.println(mapper.writeValueAsString(summary(d)));
        }
      } else {
        out.printf(
            "%-20s %3s %4s %7s  %-28s %s%n", "ID", "VER", "LANG", "CHARS", "SOURCE", "TITLE");
        for (StoredDocument d : documents) {
          out.printf(
              "%-20s %3d %4s %7d  %-28s %s%n",
              d.id(),
              d.version(),
              d.language(),
              d.text().length(),
              Text.cut(d.source(), 28),
              Text.cut(d.metadata().title(), 60));
        }
        out.printf("%d documents%n", documents.size());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Map<String, Object> summary(StoredDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("source", d.source());
    m.put("version", d.version());
    m.put("language", d.language());
    m.put("chars", d.text().length());
    m.put("title", d.metadata().title());
    m.put("author", d.metadata().author());
    m.put("published", d.metadata().published());
    return m;
  }
}
