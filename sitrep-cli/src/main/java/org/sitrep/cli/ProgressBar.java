package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn on standard error; silent unless both ends are a terminal, so
 * that logs and pipes stay clean.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int done;

  private ProgressBar(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** A bar over {@code total} steps (0 when unknown) that draws only on a terminal. */
  static ProgressBar onTerminal(PrintWriter err, int total) {
    return new ProgressBar(err, total, System.console() != null);
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (enabled && (now - lastDraw >= REDRAW_NANOS || done == total)) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Clears the bar so that the next line starts clean. */
  void finish() {
    if (enabled) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  /** Prints a line above the bar. */
  void println(String line) {
    if (enabled) {
      err.print("\r\033[K");
    }
    err.println(line);
    err.flush();
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    String rate = String.format(Locale.ROOT, "%.1f/s", done / seconds);
    if (total > 0) {
      int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
      err.printf(
          Locale.ROOT,
          "\r[%s%s] %d/%d  %s",
          "#".repeat(filled),
          " ".repeat(WIDTH - filled),
          done,
          total,
          rate);
    } else {
      err.printf(Locale.ROOT, "\r%d  %s", done, rate);
    }
    err.flush();
  }
}
