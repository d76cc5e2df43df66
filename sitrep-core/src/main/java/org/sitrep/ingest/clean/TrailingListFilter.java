package org.sitrep.ingest.clean;

import java.util.List;

/**
 * Drops the run of short title-like lines that ends many pages: "see also" links, tag lists, footer
 * navigation and teasers left without a header.
 */
public final class TrailingListFilter implements PageFilter {
  private static final int MIN_RUN = 3;

  @Override
  public Page apply(Page page) {
    List<String> blocks = page.blocks();
    int start = blocks.size();
    while (start > 0 && Blocks.isTitleLike(blocks.get(start - 1))) {
      start--;
    }
    // A page made only of short lines is a snippet or a list of notes, not a page's footer.
    if (start == 0 || blocks.size() - start < MIN_RUN) {
      return page;
    }
    return page.withBlocks(blocks.subList(0, start));
  }
}
