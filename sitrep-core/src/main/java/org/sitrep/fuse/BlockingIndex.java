package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Report;

/**
 * Candidate pairs without comparing all pairs: reports are filed by fusion family (a sub-type in
 * two families under both), country and the days, months or years their date can stand for, so that
 * a report is only compared with reports that could agree with it on all three. A report without a
 * country is looked up under every country. An undated report that names a place and its country is
 * compared with the dated reports of its family and country (it can only join one at the same
 * place); other undated reports are compared with nothing. The keys come from {@link #keys}, which
 * the Spark job groups by too. Not thread-safe.
 */
final class BlockingIndex {
  private static final String ANY_COUNTRY = "*";

  private final List<Compatibility.Features> reports;
  private final List<BlockKeys> keys = new ArrayList<>();
  private final Map<String, List<Integer>> filedUnder = new HashMap<>();
  private final Map<String, List<Integer>> searchedBy = new HashMap<>();

  /** Indexes {@code reports}; candidates are returned as positions in this list. */
  BlockingIndex(List<Compatibility.Features> reports) {
    this.reports = List.copyOf(reports);
    for (int i = 0; i < this.reports.size(); i++) {
      BlockKeys k = keys(this.reports.get(i));
      keys.add(k);
      for (String key : k.filed()) {
        filedUnder.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      }
      for (String key : k.searched()) {
        searchedBy.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The blocks a report is filed under and searches. */
  static BlockKeys keys(Compatibility.Features f) {
    Report r = f.report();
    Optional<DateWindow> window = f.window();
    String country = country(r);
    Set<String> filed = new LinkedHashSet<>();
    Set<String> searched = new LinkedHashSet<>();
    for (String family : new TreeSet<>(Compatibility.families(r.subEventType()))) {
      if (window.isEmpty()) {
        if (undatedFusable(f)) {
          filed.add("U|" + family + '|' + country);
          searched.add("D|" + family + '|' + country);
        }
        continue;
      }
      if (country != null) {
        filed.add("D|" + family + '|' + country);
        searched.add("U|" + family + '|' + country);
      }
      for (String key : window.get().indexKeys()) {
        filed.add("C|" + family + '|' + (country == null ? ANY_COUNTRY : country) + '|' + key);
        filed.add("T|" + family + '|' + key);
      }
      for (String key : window.get().queryKeys()) {
        if (country == null) {
          searched.add("T|" + family + '|' + key);
        } else {
          searched.add("C|" + family + '|' + country + '|' + key);
          searched.add("C|" + family + '|' + ANY_COUNTRY + '|' + key);
        }
      }
    }
    return new BlockKeys(new ArrayList<>(filed), new ArrayList<>(searched));
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
   * The positions of the reports filed under a block that the report at {@code position} searches,
   * itself excluded, ascending.
   */
  List<Integer> candidates(int position) {
    return gather(keys.get(position).searched(), filedUnder, position);
  }

  /**
   * The positions of the reports that search a block the report at {@code position} is filed under,
   * itself excluded, ascending: the reports it is a candidate of.
   */
  List<Integer> searchers(int position) {
    return gather(keys.get(position).filed(), searchedBy, position);
  }

  private static List<Integer> gather(
      List<String> keys, Map<String, List<Integer>> blocks, int position) {
    TreeSet<Integer> found = new TreeSet<>();
    for (String key : keys) {
      found.addAll(blocks.getOrDefault(key, List.of()));
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
        : r.location().country().strip().toLowerCase(Locale.ROOT);
  }
}
