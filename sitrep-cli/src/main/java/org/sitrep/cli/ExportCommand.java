package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.AcledCsvExporter;
import org.sitrep.export.GeoJsonExporter;
import org.sitrep.export.JsonlExporter;
import org.sitrep.export.NetworkExporter;
import org.sitrep.network.ActorNetwork;
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
    mixinStandardHelpOptions = true,
    header = "Export the store: JSON Lines, ACLED CSV, GeoJSON, GraphML or GEXF.",
    description = {
      "Export the store. jsonl: the five JSON Lines files of eval/EXPORT.md; acled-csv: one row",
      "per fused event in ACLED's columns, written to DIR/events.csv; geojson: DIR/events.geojson,",
      "a FeatureCollection of the events with a point; graphml, gexf: the actor network (actors,",
      "relations, co-participation in events) for Gephi."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    jsonl("jsonl"),
    acled_csv("acled-csv"),
    geojson("geojson"),
    graphml("graphml"),
    gexf("gexf");

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
          "unknown format '"
              + name
              + "' (expected one of "
              + String.join(", ", new FormatNames())
              + ")");
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
      super(java.util.Arrays.stream(Format.values()).map(Format::toString).toList());
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
      if (format == Format.jsonl) {
        export(store, out, spec);
      } else if (format == Format.acled_csv) {
        Path file = out.resolve("events.csv");
        int rows = new AcledCsvExporter().export(store, file);
        spec.commandLine().getOut().println("exported to " + file + ": " + rows + " events");
        spec.commandLine().getOut().flush();
      } else if (format == Format.geojson) {
        GeoJsonExporter.Written written = new GeoJsonExporter().export(store, out);
        spec.commandLine()
            .getOut()
            .printf(
                "exported to %s: %d events on the map, %d without a point (only a country, or"
                    + " not placed)%n",
                out.resolve(GeoJsonExporter.FILE), written.features(), written.withoutPoint());
        spec.commandLine().getOut().flush();
      } else {
        ActorNetwork network = ActorNetwork.of(store);
        NetworkExporter.Format graph =
            format == Format.graphml ? NetworkExporter.Format.GRAPHML : NetworkExporter.Format.GEXF;
        Path file = new NetworkExporter().export(network, graph, out);
        spec.commandLine()
            .getOut()
            .printf(
                "exported to %s: %d actors, %d ties%n",
                file, network.graph().vertexSet().size(), network.graph().edgeSet().size());
        spec.commandLine().getOut().flush();
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
