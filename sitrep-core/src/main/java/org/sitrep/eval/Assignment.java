package org.sitrep.eval;

import java.util.Arrays;

/**
 * Maximum-weight assignment of rows to columns (the Hungarian method, O(n³)). A weight of 0 or less
 * means "may not be paired": such pairs are never reported as assigned.
 */
final class Assignment {
  private Assignment() {}

  /**
   * The assignment of {@code weights}' rows to columns with the greatest total weight.
   *
   * @param weights {@code weights[row][column]}, a rectangular matrix
   * @return for each row the column assigned to it, or -1 when none with a positive weight is
   */
  static int[] maximise(long[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    int[] assigned = new int[rows];
    Arrays.fill(assigned, -1);
    if (rows == 0 || columns == 0) {
      return assigned;
    }
    int n = Math.max(rows, columns);
    long max = 0;
    for (long[] row : weights) {
      for (long w : row) {
        max = Math.max(max, w);
      }
    }
    // Padding to a square matrix with weight 0 keeps the method in its textbook form; costs are
    // max - weight so that they are non-negative.
    long[][] cost = new long[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        long w = i <= rows && j <= columns ? Math.max(0, weights[i - 1][j - 1]) : 0;
        cost[i][j] = max - w;
      }
    }
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      Arrays.fill(minv, Long.MAX_VALUE);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= columns && weights[i - 1][j - 1] > 0) {
        assigned[i - 1] = j - 1;
      }
    }
    return assigned;
  }
}
