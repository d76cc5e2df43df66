package org.sitrep.export;

/**
 * Text that XML 1.0 can carry: the characters it forbids (C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped. One vertical tab in an actor's
 * name made a whole GraphML or GEXF file unreadable.
 */
final class XmlText {
  private XmlText() {}

  /** {@code text} without the characters XML 1.0 forbids. */
  static String legal(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean legal;
      if (Character.isHighSurrogate(c)) {
        legal = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (legal) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        legal =
            c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!legal && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      } else if (legal && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
