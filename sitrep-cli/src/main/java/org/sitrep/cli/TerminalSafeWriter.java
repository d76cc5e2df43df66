package org.sitrep.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard output as a terminal may show it: control characters other than line feed and tab are
 * dropped on the way out, the escape character among them, so that no title or name stored from an
 * input can set the terminal's title, move the cursor or clear the screen. Machine output (JSON)
 * escapes control characters itself and passes through unchanged.
 */
final class TerminalSafeWriter extends FilterWriter {
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} may reach the terminal. */
  static boolean allowed(int c) {
    return c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
  }

  /** {@code s} without the characters {@link #allowed} refuses; for messages on standard error. */
  static String safe(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    s.chars().filter(TerminalSafeWriter::allowed).forEach(c -> out.append((char) c));
    return out.toString();
  }

  @Override
  public void write(int c) throws IOException {
    if (allowed(c)) {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (!allowed(buffer[i])) {
        out.write(buffer, start, i - start);
        start = i + 1;
      }
    }
    out.write(buffer, start, end - start);
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    write(s.toCharArray(), offset, length);
  }
}
