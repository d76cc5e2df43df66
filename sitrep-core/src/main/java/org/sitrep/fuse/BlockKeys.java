package org.sitrep.fuse;

import java.util.List;

/**
 * The blocks of fusion one report belongs to: the blocks it is filed under, and the blocks it
 * searches for reports to compare itself with. Two reports are candidates when one searches a block
 * the other is filed under; the pair is then scored with the searcher first. The keys are opaque
 * strings, the same in every run, so that a distributed job can group reports by them.
 *
 * @param filed the keys the report is filed under, without repeats
 * @param searched the keys the report searches, without repeats
 */
public record BlockKeys(List<String> filed, List<String> searched) {
  public BlockKeys {
    filed = List.copyOf(filed);
    searched = List.copyOf(searched);
  }
}
