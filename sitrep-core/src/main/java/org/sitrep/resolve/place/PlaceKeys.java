package org.sitrep.resolve.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.resolve.NameFolder;

/**
 * Folds a place name to the keys candidates are looked up by. The key drops case, accents, dashes,
 * apostrophes and the Arabic article in its spellings ("al-", "el-", "ad-", "ez-", fused as in
 * "Ezzor"), so "Deir ez-Zor", "Deir Ezzor" and "Der Ezzor" become {@code deirzor} and {@code
 * derzor}; the skeleton further drops vowels, "h", "w" and "y" and doubled letters, so those and
 * "Dayr az Zawr" all become {@code drzr}. Thread-safe.
 */
public final class PlaceKeys {
  /** The article as transliterations write it, alone or before a dash. */
  private static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez",
          "an", "en", "ath", "adh", "ul", "the");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final NameFolder folder = new NameFolder();

  /** The folded key of {@code name}; empty when it has no letter or digit. */
  public String key(String name) {
    List<String> words = words(name);
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(w);
    }
    return out.toString();
  }

  /** The consonant skeleton of a key made by {@link #key}; empty for an empty key. */
  public static String skeleton(String key) {
    StringBuilder out = new StringBuilder(key.length());
    char last = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      c =
          switch (c) {
            case 'q' -> 'k';
            case 'c' -> 'k';
            case 'v' -> 'w';
            default -> c;
          };
      if ("aeiouyhw".indexOf(c) >= 0) {
        continue;
      }
      if (c != last) {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }

  /** Whether {@code name} is written in the Latin script (digits and punctuation allowed). */
  public static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private List<String> words(String name) {
    String[] raw = name.toLowerCase(Locale.ROOT).split("[\\s\\-‐‑–—_'’‘`ʻʼ,./()]+");
    List<String> folded = new ArrayList<>(raw.length);
    for (String r : raw) {
      String f = folder.fold(withoutMarks(r));
      if (!f.isEmpty()) {
        folded.add(f);
      }
    }
    List<String> words = new ArrayList<>(folded.size());
    for (int i = 0; i < folded.size(); i++) {
      String w = folded.get(i);
      boolean last = i == folded.size() - 1;
      if (ARTICLES.contains(w) && !last) {
        continue;
      }
      // "Ezzor", "Arraqqa": the article fused to a doubled first letter, past the first word.
      if (i > 0 && w.length() >= 5 && isFusedArticle(w)) {
        w = w.substring(2);
      }
      words.add(w);
    }
    return words;
  }

  /** Accents off by decomposition: the common case, far cheaper than ICU's transliterator. */
  private static String withoutMarks(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7f) {
        String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return bare;
      }
    }
    return word;
  }

  private static boolean isFusedArticle(String w) {
    char a = w.charAt(0);
    char b = w.charAt(1);
    return (a == 'a' || a == 'e') && "lrtdzsn".indexOf(b) >= 0 && w.charAt(2) == b;
  }
}
