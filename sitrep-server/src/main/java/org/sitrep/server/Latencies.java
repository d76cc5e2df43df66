package org.sitrep.server;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one kind of request, and their percentiles. Not thread-safe. */
final class Latencies {
  private long[] nanos = new long[1024];
  private int size;

  void add(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  /** Adds everything {@code other} holds. */
  void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  int count() {
    return size;
  }

  /** The {@code p}-th percentile (0 to 100) in milliseconds, nearest rank. */
  double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  /** {@code p50 … ms p95 … ms p99 … ms}. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (n=%d)",
        percentileMillis(50),
        percentileMillis(95),
        percentileMillis(99),
        size);
  }
}
