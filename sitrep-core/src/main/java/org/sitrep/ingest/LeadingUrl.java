package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's opening line when it is nothing but a web address (as pages saved by scrapers and
 * read-later tools open), split from the rest.
 *
 * @param url the address, or null when the text does not open with one
 * @param rest the text without that line
 */
record LeadingUrl(String url, String rest) {
  private static final Pattern OPENING_URL =
      Pattern.compile("\\A[\\s\\uFEFF]*(https?://[^\\s<>\"]+)[ \\t]*(?:\\r?\\n|\\z)");

  /** {@code text} split into its opening address and the rest; no address, the text whole. */
  static LeadingUrl split(String text) {
    if (text == null) {
      return new LeadingUrl(null, null);
    }
    Matcher m = OPENING_URL.matcher(text);
    if (!m.lookingAt()) {
      return new LeadingUrl(null, text);
    }
    return new LeadingUrl(m.group(1), text.substring(m.end()));
  }
}
