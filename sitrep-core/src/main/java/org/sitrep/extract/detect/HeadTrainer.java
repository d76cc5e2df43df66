package org.sitrep.extract.detect;

import java.util.List;
import org.sitrep.SitrepException;

/**
 * Trains an {@link EventHead} on encoded examples: multinomial logistic regression with an L2
 * penalty, class weights that temper the imbalance between "no event" and the rare types, and
 * full-batch Adam from zero weights, so the same corpus and encoder always give the same head.
 * Immutable and thread-safe.
 *
 * @param epochs full-batch optimiser steps
 * @param l2 the weight of the L2 penalty on the weights
 * @param learningRate Adam's step size
 */
public record HeadTrainer(int epochs, double l2, double learningRate) {
  public HeadTrainer {
    if (epochs < 1 || l2 < 0 || learningRate <= 0) {
      throw new IllegalArgumentException("epochs >= 1, l2 >= 0 and learningRate > 0 are needed");
    }
  }

  /** The settings the shipped head is trained with. */
  public static HeadTrainer standard() {
    return new HeadTrainer(300, 1e-3, 0.02);
  }

  /**
   * Trains a head.
   *
   * @param examples the labelled texts
   * @param vectors their encoder vectors, in the same order
   * @param encoder the encoder's identity, recorded in the head's provenance
   * @param corpusSha256 the corpus' identity, recorded too
   * @throws SitrepException when the lists differ in length or are empty
   */
  public EventHead train(
      List<LabelledText> examples, List<float[]> vectors, String encoder, String corpusSha256) {
    if (examples.isEmpty() || examples.size() != vectors.size()) {
      throw new SitrepException("training needs one vector per example, and some examples");
    }
    int n = examples.size();
    int d = vectors.get(0).length;
    int labels = EventHead.LABELS;
    int[] y = new int[n];
    int[] counts = new int[labels];
    for (int i = 0; i < n; i++) {
      y[i] = examples.get(i).type().map(t -> t.ordinal() + 1).orElse(0);
      counts[y[i]]++;
    }
    float[] mean = new float[d];
    float[] scale = new float[d];
    standardisation(vectors, mean, scale);
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = (vectors.get(i)[j] - mean[j]) / scale[j];
      }
    }
    double[] classWeight = new double[labels];
    for (int k = 0; k < labels; k++) {
      // The square root of balanced weights: rare types are not drowned by "no event", and a
      // type with few examples is not over-predicted either.
      classWeight[k] = counts[k] == 0 ? 0 : Math.sqrt((double) n / (labels * counts[k]));
    }
    float[][] w = new float[labels][d];
    float[] b = new float[labels];
    Adam adam = new Adam(labels, d, learningRate);
    double weightSum = 0;
    for (int i = 0; i < n; i++) {
      weightSum += classWeight[y[i]];
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      double[][] gw = new double[labels][d];
      double[] gb = new double[labels];
      for (int i = 0; i < n; i++) {
        double[] p = Softmax.of(w, b, x[i]);
        double cw = classWeight[y[i]] / weightSum;
        for (int k = 0; k < labels; k++) {
          double g = cw * (p[k] - (k == y[i] ? 1 : 0));
          if (g == 0) {
            continue;
          }
          gb[k] += g;
          double[] gk = gw[k];
          double[] xi = x[i];
          for (int j = 0; j < d; j++) {
            gk[j] += g * xi[j];
          }
        }
      }
      for (int k = 0; k < labels; k++) {
        for (int j = 0; j < d; j++) {
          gw[k][j] += l2 * w[k][j];
        }
      }
      adam.step(w, b, gw, gb);
    }
    return new EventHead(
        new HeadProvenance(encoder, corpusSha256, n, epochs, l2, learningRate), mean, scale, w, b);
  }

  private static void standardisation(List<float[]> vectors, float[] mean, float[] scale) {
    int d = mean.length;
    double[] sum = new double[d];
    double[] sq = new double[d];
    for (float[] v : vectors) {
      for (int j = 0; j < d; j++) {
        sum[j] += v[j];
        sq[j] += (double) v[j] * v[j];
      }
    }
    int n = vectors.size();
    for (int j = 0; j < d; j++) {
      double m = sum[j] / n;
      double var = Math.max(sq[j] / n - m * m, 0);
      mean[j] = (float) m;
      scale[j] = (float) Math.max(Math.sqrt(var), 1e-6);
    }
  }

  /** Adam's moment estimates for a weight matrix and its bias. */
  private static final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private final double[][] mw;
    private final double[][] vw;
    private final double[] mb;
    private final double[] vb;
    private final double rate;
    private int t;

    Adam(int labels, int d, double rate) {
      this.mw = new double[labels][d];
      this.vw = new double[labels][d];
      this.mb = new double[labels];
      this.vb = new double[labels];
      this.rate = rate;
    }

    void step(float[][] w, float[] b, double[][] gw, double[] gb) {
      t++;
      double c1 = 1 - Math.pow(BETA1, t);
      double c2 = 1 - Math.pow(BETA2, t);
      for (int k = 0; k < w.length; k++) {
        for (int j = 0; j < w[k].length; j++) {
          mw[k][j] = BETA1 * mw[k][j] + (1 - BETA1) * gw[k][j];
          vw[k][j] = BETA2 * vw[k][j] + (1 - BETA2) * gw[k][j] * gw[k][j];
          w[k][j] -= (float) (rate * (mw[k][j] / c1) / (Math.sqrt(vw[k][j] / c2) + EPSILON));
        }
        mb[k] = BETA1 * mb[k] + (1 - BETA1) * gb[k];
        vb[k] = BETA2 * vb[k] + (1 - BETA2) * gb[k] * gb[k];
        b[k] -= (float) (rate * (mb[k] / c1) / (Math.sqrt(vb[k] / c2) + EPSILON));
      }
    }
  }
}
