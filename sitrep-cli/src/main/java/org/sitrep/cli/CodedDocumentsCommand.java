package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.coded.CodedDocuments;
import org.sitrep.eval.coded.CodedFile;
import org.sitrep.eval.coded.CodedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep coded-documents}: the documents of coded rows, as JSON Lines for ingest. */
@Command(
    name = "coded-documents",
    mixinStandardHelpOptions = true,
    header = "Write the documents of third-party coded rows as JSON Lines.",
    description = {
      "Write the documents of third-party coded rows (ACLED, GTD, CASE 2021, Wikipedia incident",
      "tables) as JSON Lines that `ingest` reads: id <file without .csv>:<row id>, empty title,",
      "text = the row's input column."
    })
final class CodedDocumentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Coded CSV files.")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    CodedReader reader = CodedReader.standard();
    int written = 0;
    if (out == null) {
      Writer writer = spec.commandLine().getOut();
      for (Path file : files) {
        written += CodedDocuments.write(reader.read(file), writer);
      }
      writer.flush();
    } else {
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (Path file : files) {
          CodedFile coded = reader.read(file);
          written += CodedDocuments.write(coded, writer);
        }
      }
      PrintWriter err = spec.commandLine().getErr();
      err.printf("wrote %d documents to %s%n", written, out);
      err.flush();
    }
    return ExitCodes.OK;
  }
}
