package org.sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes marks inside blocks that no reader wrote: template placeholders left by a failed render,
 * citation and edit marks of wikis. A block left empty goes.
 */
public final class InlinePatternFilter implements PageFilter {
  /** Unrendered template variables: {@code $_$_$…$_$_$}, {@code {{…}}}, {@code {%…%}}, etc. */
  public static final Pattern TEMPLATE_PLACEHOLDERS =
      Pattern.compile(
          "\\$_\\$_\\$.*?\\$_\\$_\\$|\\{\\{[^{}]{0,200}}}|\\{%[^%]{0,200}%}|<%[^%]{0,200}%>"
              + "|\\$\\{[^{}]{0,200}}|%%[A-Za-z0-9_.-]{1,80}%%|\\b__[A-Z][A-Z0-9_]{2,80}__\\b");

  /** Wiki citation and edit marks: {@code [106]}, {@code [edit]}, {@code [citation needed]}. */
  public static final Pattern CITATION_MARKS =
      Pattern.compile(
          "\\[(?:\\d{1,4}|[a-z]|edit|edit source|citation needed|clarification needed|who\\?|when\\?"
              + "|dubious|verification needed|better source needed|note \\d{1,3}|nb \\d{1,3}"
              + "|update|needs update)]",
          Pattern.CASE_INSENSITIVE);

  private final Pattern pattern;

  public InlinePatternFilter(Pattern pattern) {
    this.pattern = pattern;
  }

  @Override
  public Page apply(Page page) {
    List<String> kept = new ArrayList<>(page.blocks().size());
    for (String block : page.blocks()) {
      String cleaned = Blocks.normalizeSpace(pattern.matcher(block).replaceAll(""));
      if (!cleaned.isEmpty()) {
        kept.add(cleaned);
      }
    }
    return page.withBlocks(kept);
  }
}
