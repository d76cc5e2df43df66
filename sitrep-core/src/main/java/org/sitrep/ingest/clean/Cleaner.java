package org.sitrep.ingest.clean;

import java.util.List;

/**
 * Cleans the text of a scraped page, plain or extracted from HTML: runs the filters in order and
 * returns the body with the header fields found. Immutable and thread-safe once built.
 */
public final class Cleaner {
  private final List<PageFilter> filters;

  /** A cleaner with the given filters, applied in list order. */
  public Cleaner(List<PageFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The standard chain, reading like the order in which furniture is peeled off a page. */
  public static Cleaner standard(FurnitureLexicon lexicon) {
    return new Cleaner(
        List.of(
            new InlinePatternFilter(InlinePatternFilter.TEMPLATE_PLACEHOLDERS),
            new InlinePatternFilter(InlinePatternFilter.CITATION_MARKS),
            new FurnitureFilter(lexicon),
            new CaptionFilter(),
            new HeaderFilter(),
            new RepeatedBlockFilter(),
            new TrailingListFilter()));
  }

  /**
   * Cleans {@code text}, starting from header fields already known (from HTML metadata or a JSON
   * record; null when unknown).
   *
   * @return the cleaned page; its blocks are empty when nothing but furniture was found
   */
  public Page clean(String text, String title, String author, String published) {
    Page page = new Page(Blocks.split(text), title, author, published);
    for (PageFilter filter : filters) {
      page = filter.apply(page);
    }
    return page;
  }
}
