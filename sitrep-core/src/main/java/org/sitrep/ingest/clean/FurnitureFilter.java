package org.sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.clean.FurnitureLexicon.Kind;

/**
 * Drops the page furniture the lexicon names: single furniture lines, comment and feedback sections
 * to the end of the page, and blocks of teasers of other articles.
 */
public final class FurnitureFilter implements PageFilter {
  /** A comment section can only end the page once this share of the text has gone by. */
  private static final double END_SECTION_FROM = 0.5;

  private final FurnitureLexicon lexicon;

  public FurnitureFilter(FurnitureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Page apply(Page page) {
    List<String> blocks = page.blocks();
    long total = blocks.stream().mapToLong(String::length).sum();
    List<String> kept = new ArrayList<>(blocks.size());
    long seen = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      seen += block.length();
      if (lexicon.matches(Kind.END, block)) {
        if (seen >= END_SECTION_FROM * total) {
          break;
        }
      } else if (lexicon.matches(Kind.RELATED, block)) {
        i = endOfTeasers(blocks, i + 1) - 1;
      } else if (!lexicon.matches(Kind.LINE, block)) {
        kept.add(block);
      }
    }
    return page.withBlocks(kept);
  }

  /**
   * The index of the first block after {@code from} that is running text again. Teasers are titles,
   * snippets cut off with an ellipsis, and furniture lines.
   */
  private int endOfTeasers(List<String> blocks, int from) {
    int i = from;
    while (i < blocks.size()) {
      String block = blocks.get(i);
      boolean teaser =
          Blocks.isTitleLike(block)
              || Blocks.endsWithEllipsis(block)
              || lexicon.matches(Kind.LINE, block)
              || lexicon.matches(Kind.RELATED, block)
              || lexicon.matches(Kind.END, block);
      if (!teaser) {
        break;
      }
      i++;
    }
    return i;
  }
}
