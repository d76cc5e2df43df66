package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which sentences may carry a day that only SUTime reads: those with a cue word from {@code
 * temporal-cues.txt} (weekdays, parts of a day). Immutable and thread-safe.
 */
public final class TemporalCues {
  private static final String RESOURCE = "/org/sitrep/nlp/temporal-cues.txt";
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Set<String> words;

  private TemporalCues(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The cues bundled with Sitrep ({@code temporal-cues.txt}). */
  public static TemporalCues bundled() {
    try (InputStream in = TemporalCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String word = line.strip();
        if (word.isEmpty() || word.startsWith("#")) {
          continue;
        }
        if (!word.matches("\\p{Ll}+")) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": not one lower-case word: " + word);
        }
        words.add(word);
      }
      return new TemporalCues(words);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }

  /** The cue words of the data file. */
  public Set<String> words() {
    return words;
  }

  /** Whether {@code sentence} has a cue word, in any case. */
  public boolean mayCarryDate(String sentence) {
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
