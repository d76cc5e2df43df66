package org.sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops photo captions and credits: short blocks that name a photo, image or video, and blocks that
 * end with a bracketed credit ("… on June 22. [Iraqi Counter-Terrorism Service]").
 */
public final class CaptionFilter implements PageFilter {
  private static final int MAX_CAPTION_WORDS = 30;
  private static final Pattern PICTURE_WORD =
      Pattern.compile(
          "\\b(photo|photos|photograph|image|picture|pictured|video|illustration|screenshot|"
              + "infographic|file photo|photo credit)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(photo|image|picture|credit|photo credit|source|video|watch)\\s*:.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETED_CREDIT =
      Pattern.compile("(?<=[.!?”\"])\\s*[\\[(][^\\])]{2,80}[\\])]$");
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "\\((?:[A-Z][\\w.]*\\s?)*(?:AP|AFP|Reuters|Getty Images|EPA|Anadolu)(?: Photo)?\\b[^)]*\\)$");

  @Override
  public Page apply(Page page) {
    List<String> kept = new ArrayList<>(page.blocks().size());
    for (String block : page.blocks()) {
      if (!isCaption(block)) {
        kept.add(withoutCredit(block));
      }
    }
    if (kept.isEmpty()) {
      // A short text that reads like a caption is, when it is all there is, the text itself.
      return page;
    }
    return page.withBlocks(kept);
  }

  private static String withoutCredit(String block) {
    if (Blocks.words(block) > MAX_CAPTION_WORDS) {
      return block;
    }
    return BRACKETED_CREDIT.matcher(block).replaceFirst("");
  }

  private static boolean isCaption(String block) {
    int words = Blocks.words(block);
    if (words > MAX_CAPTION_WORDS) {
      return false;
    }
    if (LABELLED.matcher(block).matches() || AGENCY_CREDIT.matcher(block).find()) {
      return true;
    }
    return !Blocks.endsLikeSentence(block) && PICTURE_WORD.matcher(block).find();
  }
}
