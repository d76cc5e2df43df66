package org.sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops repeated blocks: short labels that recur (site names, widget titles) go everywhere; a
 * repeated paragraph (a pull quote, a caption printed twice) keeps its first copy.
 */
public final class RepeatedBlockFilter implements PageFilter {
  @Override
  public Page apply(Page page) {
    Map<String, Integer> counts = new HashMap<>();
    for (String block : page.blocks()) {
      counts.merge(Blocks.key(block), 1, Integer::sum);
    }
    List<String> kept = firstCopies(page.blocks(), counts, true);
    if (kept.isEmpty()) {
      // Nothing but a repeated short line: it is the text, once.
      kept = firstCopies(page.blocks(), counts, false);
    }
    return page.withBlocks(kept);
  }

  private static List<String> firstCopies(
      List<String> blocks, Map<String, Integer> counts, boolean dropRepeatedLabels) {
    Set<String> seen = new HashSet<>();
    List<String> kept = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      String key = Blocks.key(block);
      boolean repeated = counts.get(key) > 1;
      boolean label = Blocks.isTitleLike(block) && Blocks.words(block) <= 8;
      if (seen.add(key) && !(dropRepeatedLabels && repeated && label)) {
        kept.add(block);
      }
    }
    return kept;
  }
}
