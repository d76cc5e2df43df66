package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.SyntheticReports;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep fuse-bench}: fusion time and peak heap over seeded synthetic reports, with the
 * pairs of one incident joined and the pairs of different incidents wrongly merged.
 */
@Command(
    name = "fuse-bench",
    mixinStandardHelpOptions = true,
    header = "Benchmark fusion on seeded synthetic reports.",
    description = {
      "Benchmark fusion on --reports seeded synthetic reports (incidents told by 1-5 documents",
      "with varying dates, places, tolls and claims). Prints the time, the peak heap, and how",
      "many same-incident pairs were joined and different-incident pairs merged."
    })
final class FuseBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--reports", defaultValue = "100000", description = "Reports to fuse.")
  int reports;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator.")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SyntheticReports.Corpus corpus = SyntheticReports.generate(reports, seed);
    long loadStart = System.nanoTime();
    Fuser fuser = new Fuser(Map.of());
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    BenchCorpus.resetPeaks();
    long start = System.nanoTime();
    List<Event> events = fuser.fuse(corpus.reports());
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = BenchCorpus.peakHeapBytes();
    Map<String, Integer> incidentOf = new HashMap<>();
    Map<Integer, Integer> reportsPerIncident = new HashMap<>();
    for (int i = 0; i < corpus.reports().size(); i++) {
      Report r = corpus.reports().get(i);
      incidentOf.put(r.id(), corpus.incidents().get(i));
      reportsPerIncident.merge(corpus.incidents().get(i), 1, Integer::sum);
    }
    long samePairs = 0;
    for (int n : reportsPerIncident.values()) {
      samePairs += (long) n * (n - 1) / 2;
    }
    long joined = 0;
    long merged = 0;
    for (Event e : events) {
      Map<Integer, Integer> perIncident = new HashMap<>();
      e.reportIds().forEach(id -> perIncident.merge(incidentOf.get(id), 1, Integer::sum));
      long all = (long) e.reportIds().size() * (e.reportIds().size() - 1) / 2;
      long same = 0;
      for (int n : perIncident.values()) {
        same += (long) n * (n - 1) / 2;
      }
      joined += same;
      merged += all - same;
    }
    out.printf(
        Locale.ROOT,
        "fuse: %d reports (%d incidents) into %d events in %.2f s = %.0f reports/s (fuser built"
            + " in %.2f s); peak heap"
            + " %d MB (max %d MB); same-incident pairs joined %d of %d (%.1f%%), different-incident"
            + " pairs merged %d%n",
        corpus.reports().size(),
        reportsPerIncident.size(),
        events.size(),
        seconds,
        corpus.reports().size() / seconds,
        loadSeconds,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        joined,
        samePairs,
        samePairs == 0 ? 100.0 : 100.0 * joined / samePairs,
        merged);
    out.flush();
    return ExitCodes.OK;
  }
}
