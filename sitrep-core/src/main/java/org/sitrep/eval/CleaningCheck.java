package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.EvalResult.CleaningScore;
import org.sitrep.store.StoredDocument;

/**
 * Checks the key's cleaning entries: the stored title and author are the key's (no author when the
 * key gives none), the cleaned text contains none of the page furniture to drop and all of the body
 * text to keep. Comparisons ignore differences of whitespace, quotes, dashes and case.
 */
final class CleaningCheck {
  private CleaningCheck() {}

  /** The checks of {@code key}'s cleaning entries on the documents found, by file name. */
  static CleaningScore score(AnswerKey key, Map<String, StoredDocument> byName) {
    int checks = 0;
    List<String> failures = new ArrayList<>();
    for (AnswerKey.Cleaning entry : key.cleaning()) {
      StoredDocument document = byName.get(entry.doc());
      if (document == null) {
        continue; // already reported as a document missing from the store
      }
      if (entry.title() != null) {
        checks++;
        if (!same(entry.title(), document.metadata().title())) {
          failures.add(
              entry.doc()
                  + ": title is \""
                  + document.metadata().title()
                  + "\", expected \""
                  + entry.title()
                  + "\"");
        }
      }
      checks++;
      if (!same(entry.author(), document.metadata().author())) {
        failures.add(
            entry.doc()
                + ": author is "
                + quoted(document.metadata().author())
                + ", expected "
                + quoted(entry.author()));
      }
      NormalisedText text = NormalisedText.of(document.text());
      for (String drop : entry.drop()) {
        checks++;
        if (text.contains(drop)) {
          failures.add(entry.doc() + ": keeps furniture \"" + drop + "\"");
        }
      }
      for (String keep : entry.keep()) {
        checks++;
        if (!text.contains(keep)) {
          failures.add(entry.doc() + ": lost body text \"" + keep + "\"");
        }
      }
    }
    return new CleaningScore(checks, checks - failures.size(), failures);
  }

  private static boolean same(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == null && (actual == null || actual.isBlank());
    }
    return NormalisedText.normalise(expected).equals(NormalisedText.normalise(actual));
  }

  private static String quoted(String s) {
    return s == null ? "none" : "\"" + s + "\"";
  }
}
