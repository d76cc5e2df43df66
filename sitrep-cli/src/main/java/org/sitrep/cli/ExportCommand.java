package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.AcledCsvExporter;
import org.sitrep.export.JsonlExporter;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: writes the store in an interchange format. */
@Command(
    name = "export",
    description = {
      "Export the store. jsonl: the five JSON Lines files of eval/EXPORT.md; acled-csv: one row",
      "per fused event in ACLED's columns, written to DIR/events.csv."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    jsonl("jsonl"),
    acled_csv("acled-csv");

    private final String name;

    Format(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }

    /** The format named {@code name} as the command line writes it. */
    static Format named(String name) {
      for (Format f : values()) {
        if (f.name.equals(name)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + name + "' (expected jsonl or acled-csv)");
    }
  }

  /** Reads a format by its command-line name. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.named(value);
    }
  }

  /** The formats' command-line names, for help. */
  static final class FormatNames extends java.util.ArrayList<String> {
    FormatNames() {
      super(java.util.List.of("jsonl", "acled-csv"));
    }
  }

  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
  Path out;

  @Override
  public Integer call() {
    try (SqliteDocumentStore store = sitrep.openStore()) {
      if (format == Format.acled_csv) {
        Path file = out.resolve("events.csv");
        int rows = new AcledCsvExporter().export(store, file);
        spec.commandLine().getOut().println("exported to " + file + ": " + rows + " events");
        spec.commandLine().getOut().flush();
      } else {
        export(store, out, spec);
      }
    }
    return ExitCodes.OK;
  }

  /** Writes the JSON Lines export of {@code store} into {@code out} and says what it wrote. */
  static void export(DocumentStore store, Path out, CommandSpec spec) {
    List<Integer> counts = new JsonlExporter().export(store, out);
    StringBuilder line = new StringBuilder("exported to " + out + ":");
    for (int i = 0; i < counts.size(); i++) {
      line.append(i == 0 ? " " : ", ").append(counts.get(i)).append(' ');
      line.append(JsonlExporter.FILES.get(i).replace(".jsonl", ""));
    }
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
  }
}
