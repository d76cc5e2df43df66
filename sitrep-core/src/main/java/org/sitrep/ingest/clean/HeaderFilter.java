package org.sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.PublicationDates;
import org.sitrep.lexicon.Datelines;

/**
 * Finds the page header: the headline, the byline and the publication date among the first blocks,
 * and takes them out of the body together with the labels above the headline (section names, site
 * names) and any later copies of them.
 */
public final class HeaderFilter implements PageFilter {
  /** How many leading blocks can hold the byline or the date. */
  private static final int HEADER_BLOCKS = 10;

  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_LABEL_WORDS = 4;
  private static final Pattern DATE_LINE_WORDS =
      Pattern.compile(
          "(?i)\\b(published|posted|updated|last|modified|date|on|at|am|pm|gmt|utc|edt|est|cet"
              + "|local|time|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|[\\d:|•·,/–—-]");

  /** A label that stamps a date on the text after it ("date 2024-03-23 Moscow: ..."). */
  private static final Pattern DATE_LABEL =
      Pattern.compile("(?i)^(?:date|published|posted|updated)(?:\\s+on)?\\s*:?\\s+");

  @Override
  public Page apply(Page page) {
    List<String> blocks = new ArrayList<>(page.blocks());
    String title = page.title();
    String author = page.author();
    String published = page.published();
    Set<String> dropKeys = new HashSet<>();
    List<String> labels = new ArrayList<>();
    boolean bodyStarted = false;
    boolean headlineSeen = false;
    for (int i = 0; i < Math.min(HEADER_BLOCKS, blocks.size()); i++) {
      String block = blocks.get(i);
      if (page.published() == null && published == null) {
        Optional<Stamp> stamp = dateStamp(block);
        if (stamp.isPresent() && Blocks.isBodyParagraph(stamp.get().rest())) {
          // Scraped pages flatten the page's date field into the first paragraph.
          published = stamp.get().iso();
          block = stamp.get().rest();
          blocks.set(i, block);
        }
      }
      Optional<String> byline = author == null ? Bylines.author(block) : Optional.empty();
      Optional<String> date = published == null ? dateLine(block) : Optional.empty();
      if (byline.isPresent()) {
        author = byline.get();
        dropKeys.add(Blocks.key(block));
      } else if (date.isPresent()) {
        published = date.get();
        dropKeys.add(Blocks.key(block));
      } else if (!headlineSeen && !bodyStarted && isHeadline(block, blocks)) {
        // With a title from metadata, the page's own headline is still header, not body.
        headlineSeen = true;
        title = title == null ? Blocks.unquote(block) : title;
        dropKeys.add(Blocks.key(block));
        dropKeys.addAll(labels);
      } else if (!headlineSeen && Blocks.words(block) <= MAX_LABEL_WORDS) {
        labels.add(Blocks.key(block));
      }
      bodyStarted |= Blocks.isBodyParagraph(block);
      if (published == null && Blocks.isBodyParagraph(block)) {
        // "KABUL, Aug. 27, 2021 — Two suicide bombers…": the dateline dates the story.
        published = newsDateline(block).orElse(null);
      }
    }
    if (title != null) {
      dropKeys.add(Blocks.key(title));
    }
    List<String> kept = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      if (!dropKeys.contains(Blocks.key(block))) {
        kept.add(block);
      }
    }
    if (kept.isEmpty()) {
      // A snippet of one or two short lines reads like a headline and its label, but when nothing
      // would be left it is the body: keep the text and the title as given.
      return new Page(blocks, page.title(), author, published);
    }
    return new Page(kept, title, author, published);
  }

  private static boolean isHeadline(String block, List<String> blocks) {
    int words = Blocks.words(block);
    if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) {
      return false;
    }
    String unquoted = Blocks.unquote(block);
    if (unquoted.endsWith(".") && !unquoted.endsWith("...")) {
      return false;
    }
    // A short line repeated down the page is the site's name, not this article's headline.
    return words > MAX_LABEL_WORDS || occurrences(block, blocks) == 1;
  }

  private static long occurrences(String block, List<String> blocks) {
    String key = Blocks.key(block);
    return blocks.stream().filter(b -> Blocks.key(b).equals(key)).count();
  }

  /** A date a label stamps on the opening of a block, and the block's text after it. */
  private record Stamp(String iso, String rest) {}

  private static Optional<Stamp> dateStamp(String block) {
    Matcher label = DATE_LABEL.matcher(block);
    if (!label.lookingAt()) {
      return Optional.empty();
    }
    String after = block.substring(label.end());
    return PublicationDates.match(after)
        .filter(m -> m.begin() == 0)
        .map(m -> new Stamp(m.iso(), after.substring(m.end()).strip()));
  }

  /** The date in a news dateline opening a paragraph ("BEIRUT, July 31 (Reuters) —"). */
  private static Optional<String> newsDateline(String block) {
    return Datelines.date(block).flatMap(PublicationDates::find);
  }

  /** The date a block states when the block is nothing but a dateline. */
  private static Optional<String> dateLine(String block) {
    if (Blocks.words(block) > 12) {
      return Optional.empty();
    }
    return PublicationDates.match(block)
        .filter(
            m -> {
              String rest = block.substring(0, m.begin()) + " " + block.substring(m.end());
              return Blocks.words(DATE_LINE_WORDS.matcher(rest).replaceAll(" ")) == 0;
            })
        .map(PublicationDates.DateMatch::iso);
  }
}
