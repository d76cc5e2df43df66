package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Location;
import org.sitrep.resolve.place.DocumentPlaces;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.GazetteerIndex;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.place.PlaceKind;
import org.sitrep.resolve.place.PlaceResolver;
import org.sitrep.resolve.place.PlaceWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer stats}: which index is in use, what it holds, how long it takes to load,
 * the heap it takes, and the time to resolve one mention.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Load the gazetteer and show its size, load time, heap, and resolution time per mention.")
final class GazetteerStatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--mentions",
      defaultValue = "5000",
      description = "How many place names to resolve for the timing (default: ${DEFAULT-VALUE}).")
  int mentions;

  @Override
  public Integer call() {
    Path user = GazetteerIndex.userIndex();
    String source = Files.isRegularFile(user) ? user.toString() : "bundled (in the jar)";
    long before = usedHeap();
    long start = System.nanoTime();
    Gazetteer g = GazetteerIndex.standard();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long heap = usedHeap() - before;
    PlaceResolver resolver = new PlaceResolver(g, PlaceWords.bundled());
    List<Place> towns = g.places().stream().filter(p -> p.kind() == PlaceKind.TOWN).toList();
    int step = Math.max(1, towns.size() / Math.max(1, mentions));
    int resolved = 0;
    int n = 0;
    long resolveStart = System.nanoTime();
    for (int i = 0; i < towns.size() && n < mentions; i += step, n++) {
      // A one-sentence report naming the town and its country, as extraction hands them over.
      Place town = towns.get(i);
      String text = "Clashes were reported in " + town.name() + " on Monday.";
      Location named = Location.named(town.name(), null);
      if (resolver.resolve(named, text, DocumentPlaces.none()).lat() != null) {
        resolved++;
      }
    }
    double perMention = n == 0 ? 0 : (System.nanoTime() - resolveStart) / 1e3 / n;
    var out = spec.commandLine().getOut();
    out.printf("gazetteer   %s%n", source);
    out.printf(
        "places      %d (%d countries, %d regions named)%n",
        g.places().size(), g.countries().size(), g.admin1Names().size());
    out.printf("load        %.2f s, %d MB of heap after GC%n", loadSeconds, heap >> 20);
    out.printf(
        "resolve     %.0f µs per mention over %d town names (%d given a point)%n",
        perMention, n, resolved);
    out.flush();
    return ExitCodes.OK;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
