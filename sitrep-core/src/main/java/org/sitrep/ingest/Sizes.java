package org.sitrep.ingest;

import java.util.Locale;

/** Byte counts written for people. */
final class Sizes {
  private Sizes() {}

  static String oversized(long size, long limit) {
    return "oversized: " + human(size) + " exceeds the limit of " + human(limit);
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
