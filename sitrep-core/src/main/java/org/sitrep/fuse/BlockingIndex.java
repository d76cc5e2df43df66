package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sitrep.model.Report;

/**
 * Candidate pairs without comparing all pairs: reports are indexed by fusion family (a sub-type in
 * two families under both), country and the days, months or years their date can stand for, so that
 * a report is only compared with reports that could agree with it on all three. A report without a
 * country is looked up under every country. An undated report that names a place and its country is
 * compared with the dated reports of its family and country (it can only join one at the same
 * place); other undated reports are compared with nothing. Not thread-safe.
 */
final class BlockingIndex {
  private static final String ANY_COUNTRY = "*";

  private final List<Compatibility.Features> reports;
  private final Map<String, List<Integer>> byCountry = new HashMap<>();
  private final Map<String, List<Integer>> byDate = new HashMap<>();
  private final Map<String, List<Integer>> datedByCountry = new HashMap<>();
  private final Map<String, List<Integer>> undatedByCountry = new HashMap<>();

  /** Indexes {@code reports}; candidates are returned as positions in this list. */
  BlockingIndex(List<Compatibility.Features> reports) {
    this.reports = List.copyOf(reports);
    for (int i = 0; i < this.reports.size(); i++) {
      Report r = this.reports.get(i).report();
      Optional<DateWindow> window = this.reports.get(i).window();
      String country = country(r);
      for (String family : Compatibility.families(r.subEventType())) {
        index(i, family, country, window);
      }
    }
  }

  private void index(int i, String family, String country, Optional<DateWindow> window) {
    if (window.isEmpty()) {
      if (undatedFusable(reports.get(i))) {
        undatedByCountry.computeIfAbsent(family + '|' + country, k -> new ArrayList<>()).add(i);
      }
      return;
    }
    if (country != null) {
      datedByCountry.computeIfAbsent(family + '|' + country, k -> new ArrayList<>()).add(i);
    }
    for (String key : window.get().indexKeys()) {
      byCountry
          .computeIfAbsent(
              family + '|' + (country == null ? ANY_COUNTRY : country) + '|' + key,
              k -> new ArrayList<>())
          .add(i);
      byDate.computeIfAbsent(family + '|' + key, k -> new ArrayList<>()).add(i);
    }
  }

  /** The features of the report at {@code position}. */
  Compatibility.Features report(int position) {
    return reports.get(position);
  }

  /** The number of reports indexed or not. */
  int size() {
    return reports.size();
  }

  /**
   * The positions of the reports that share a block with the report at {@code position}, itself
   * excluded, ascending.
   */
  List<Integer> candidates(int position) {
    Report r = reports.get(position).report();
    Optional<DateWindow> window = reports.get(position).window();
    String country = country(r);
    TreeSet<Integer> found = new TreeSet<>();
    for (String family : Compatibility.families(r.subEventType())) {
      if (window.isEmpty()) {
        if (undatedFusable(reports.get(position))) {
          found.addAll(datedByCountry.getOrDefault(family + '|' + country, List.of()));
        }
        continue;
      }
      if (country != null) {
        found.addAll(undatedByCountry.getOrDefault(family + '|' + country, List.of()));
      }
      for (String key : window.get().queryKeys()) {
        if (country == null) {
          found.addAll(byDate.getOrDefault(family + '|' + key, List.of()));
        } else {
          found.addAll(byCountry.getOrDefault(family + '|' + country + '|' + key, List.of()));
          found.addAll(byCountry.getOrDefault(family + '|' + ANY_COUNTRY + '|' + key, List.of()));
        }
      }
    }
    found.remove(position);
    return new ArrayList<>(found);
  }

  /**
   * Whether an undated report may be compared at all: only one that names a place below its
   * country, and so can be looked up among the dated reports of that country.
   */
  private static boolean undatedFusable(Compatibility.Features f) {
    return f.place().specific() && country(f.report()) != null;
  }

  private static String country(Report r) {
    return r.location() == null || r.location().country() == null
        ? null
        : r.location().country().strip().toLowerCase(java.util.Locale.ROOT);
  }
}
