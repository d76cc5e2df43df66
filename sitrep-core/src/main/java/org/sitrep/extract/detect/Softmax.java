package org.sitrep.extract.detect;

/** The softmax of a linear map, shared by training and prediction so that both compute alike. */
final class Softmax {
  private Softmax() {}

  /** softmax(W x + b), computed stably. */
  static double[] of(float[][] weights, float[] bias, double[] x) {
    double[] z = new double[weights.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < weights.length; k++) {
      double s = bias[k];
      float[] w = weights[k];
      for (int j = 0; j < x.length; j++) {
        s += w[j] * x[j];
      }
      z[k] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < z.length; k++) {
      z[k] /= sum;
    }
    return z;
  }
}
