package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.GazetteerBuilder;
import org.sitrep.resolve.place.GazetteerIndex;
import org.sitrep.resolve.place.PlaceWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer import FILE...}: builds the user's own index from GeoNames dump files,
 * keeping the bundled countries, demonyms, region names and supplement.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Build your own gazetteer from GeoNames dump files.",
    description =
        "Build your own gazetteer from GeoNames dump files (allCountries.txt, cities500.txt,"
            + " cities1000.txt, a country's XX.txt, admin1CodesASCII.txt). Sitrep then prefers it"
            + " to the bundled one.")
final class GazetteerImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoNames dump files (unzipped).")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Where to write the index (default: $SITREP_GAZETTEER, else ~/.sitrep/gazetteer.idx,"
              + " which Sitrep reads when present).")
  Path out;

  @Override
  public Integer call() {
    Path target = out != null ? out : GazetteerIndex.userIndex();
    Gazetteer bundled = GazetteerIndex.bundled();
    GazetteerBuilder builder = new GazetteerBuilder(PlaceWords.bundled());
    builder.addCountriesFrom(bundled);
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("sitrep: no such file: " + file);
        return ExitCodes.FAILURE;
      }
      if (isAdmin1Codes(file)) {
        builder.addAdmin1Codes(file);
      } else {
        builder.addGeoNames(file);
      }
    }
    Gazetteer g = builder.addNamesFrom(bundled).build();
    GazetteerIndex.write(g, target);
    spec.commandLine()
        .getOut()
        .printf(
            "gazetteer written to %s: %d places, %d regions named%n",
            target, g.places().size(), g.admin1Names().size());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** admin1CodesASCII.txt: "CC.code", name, ASCII name, geonameid on every line. */
  private static boolean isAdmin1Codes(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first != null && first.matches("[A-Z]{2}\\.[^\\t]+\\t[^\\t]*\\t[^\\t]*\\t\\d+");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
