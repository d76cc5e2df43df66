package org.sitrep.cli;

/** Small text helpers for terminal tables. */
final class Text {
  private Text() {}

  /** {@code s} cut to {@code width} characters with an ellipsis; "-" when null. */
  static String cut(String s, int width) {
    if (s == null) {
      return "-";
    }
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
