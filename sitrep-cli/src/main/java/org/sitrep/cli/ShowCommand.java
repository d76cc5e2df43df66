package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep show DOC}: one document's metadata, versions and cleaned text. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a document by id or source name.")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOC", description = "A document id (doc-…) or source file name.")
  String document;

  @Option(names = "--raw", description = "Write the original bytes of the current version instead.")
  boolean raw;

  /** The documents whose source is {@code name} plus an extension ("report" for report.html). */
  static List<StoredDocument> withoutExtension(List<StoredDocument> documents, String name) {
    return documents.stream()
        .filter(
            d -> {
              String source = d.source();
              int dot = source.lastIndexOf('.');
              return dot > 0 && source.substring(0, dot).equals(name);
            })
        .toList();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteDocumentStore store = sitrep.openStore()) {
      StoredDocument d = store.document(document).orElse(null);
      if (d == null) {
        List<StoredDocument> named = withoutExtension(store.documents(), document);
        if (named.size() > 1) {
          spec.commandLine()
              .getErr()
              .println(
                  TerminalSafeWriter.safe(
                      "sitrep: '"
                          + document
                          + "' names several documents: "
                          + String.join(
                              ", ", named.stream().map(StoredDocument::source).toList())));
          return ExitCodes.FAILURE;
        }
        d = named.isEmpty() ? null : named.get(0);
      }
      if (d == null) {
        spec.commandLine()
            .getErr()
            .println(
                TerminalSafeWriter.safe("sitrep: no document '" + document + "' in the store"));
        return ExitCodes.FAILURE;
      }
      if (raw) {
        byte[] bytes = store.raw(d.id(), d.version()).orElseThrow();
        out.flush();
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
        return ExitCodes.OK;
      }
      out.println("id:        " + d.id());
      out.println("source:    " + d.source());
      out.println("origin:    " + d.origin());
      out.println("title:     " + Text.cut(d.metadata().title(), 200));
      out.println("author:    " + Text.cut(d.metadata().author(), 200));
      out.println("published: " + Text.cut(d.metadata().published(), 200));
      out.println("url:       " + Text.cut(d.metadata().url(), 200));
      out.println("language:  " + d.language());
      out.println("read as:   " + d.mediaType() + ", " + d.charset());
      for (StoredDocument v : store.versions(d.id())) {
        out.printf("version %d: %s  sha256 %s%n", v.version(), v.ingestedAt(), v.contentHash());
      }
      out.println();
      out.println(d.text());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
