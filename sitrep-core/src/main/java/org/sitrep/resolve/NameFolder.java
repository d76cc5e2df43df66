package org.sitrep.resolve;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Folds one word to the form names are compared in: Latin script, ASCII, lower case, letters and
 * digits only. "Qāsem", "QASEM" and "Qasem" meet; so do "Kata'ib" and "Kataib"; Arabic or Persian
 * script is romanised by ICU so that a registry alias written in it meets the same text.
 *
 * <p>Thread-safe.
 */
public final class NameFolder {
  private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  /** The folded form of {@code word}; empty when it holds no letter or digit. */
  public String fold(String word) {
    String latin = isAscii(word) ? word : transliterate(word);
    StringBuilder out = new StringBuilder(latin.length());
    String lower = latin.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String transliterate(String word) {
    // ICU does not promise that a shared compound transliterator is safe to call concurrently,
    // and only the rare non-ASCII word comes here, so a lock is cheaper than one per caller.
    synchronized (toAscii) {
      return toAscii.transliterate(word);
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
