package org.sitrep.extract.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.SitrepException;
import org.sitrep.model.SubEventType;

/**
 * The trained classifier over sentence vectors: multinomial logistic regression from a standardised
 * encoder vector to "no event" or one of ACLED's 25 sub-event types. Immutable and thread-safe.
 */
public final class EventHead {
  /** The resource the bundled head is read from, beside this class. */
  public static final String RESOURCE = "event-head.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Label 0 is "no event"; label i > 0 is {@code SubEventType.values()[i - 1]}. */
  static final int LABELS = SubEventType.values().length + 1;

  private final HeadProvenance provenance;
  private final float[] mean;
  private final float[] scale;
  private final float[][] weights;
  private final float[] bias;

  EventHead(
      HeadProvenance provenance, float[] mean, float[] scale, float[][] weights, float[] bias) {
    if (weights.length != LABELS || bias.length != LABELS) {
      throw new SitrepException("a head needs " + LABELS + " labels, got " + weights.length);
    }
    for (float[] w : weights) {
      if (w.length != mean.length || w.length != scale.length) {
        throw new SitrepException("head weights and feature statistics differ in length");
      }
    }
    this.provenance = provenance;
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.weights = new float[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = weights[i].clone();
    }
    this.bias = bias.clone();
  }

  /**
   * The head bundled in the jar.
   *
   * @param encoderIdentity the identity of the encoder it will be given vectors of
   * @throws SitrepException when it is missing, malformed or was trained on another encoder
   */
  public static EventHead bundled(String encoderIdentity) {
    try (InputStream in = EventHead.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new SitrepException("missing resource " + RESOURCE + " (run: sitrep train)");
      }
      EventHead head = read(in);
      if (!head.provenance.encoder().equals(encoderIdentity)) {
        throw new SitrepException(
            RESOURCE
                + " was trained on "
                + head.provenance.encoder()
                + ", not on "
                + encoderIdentity
                + " (run: sitrep train)");
      }
      return head;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a head written by {@link #write}; the caller closes the stream. */
  public static EventHead read(InputStream in) throws IOException {
    Stored s = JSON.readValue(in, Stored.class);
    if (s.weights == null || s.labels == null || !s.labels.equals(labelNames())) {
      throw new SitrepException("the head's labels are not this version's sub-event types");
    }
    return new EventHead(s.provenance, s.mean, s.scale, s.weights, s.bias);
  }

  /** Writes this head as JSON; the caller closes the stream. */
  public void write(OutputStream out) throws IOException {
    Stored s = new Stored();
    s.provenance = provenance;
    s.labels = labelNames();
    s.mean = mean;
    s.scale = scale;
    s.weights = weights;
    s.bias = bias;
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, s);
  }

  /** Where this head came from. */
  public HeadProvenance provenance() {
    return provenance;
  }

  /**
   * Classifies one sentence vector.
   *
   * @throws IllegalArgumentException when the vector's length is not the encoder's
   */
  public Detection classify(float[] vector) {
    double[] p = probabilities(vector);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    Optional<SubEventType> type =
        best == 0 ? Optional.empty() : Optional.of(SubEventType.values()[best - 1]);
    return new Detection(type, p[best], 1 - p[0]);
  }

  /** The probability of each label, "no event" first, then the sub-event types in order. */
  double[] probabilities(float[] vector) {
    if (vector.length != mean.length) {
      throw new IllegalArgumentException(
          "a vector of " + vector.length + " values, the head expects " + mean.length);
    }
    double[] x = new double[vector.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = (vector[j] - mean[j]) / scale[j];
    }
    return Softmax.of(weights, bias, x);
  }

  static List<String> labelNames() {
    List<String> names = new ArrayList<>();
    names.add(TrainingCorpus.NONE);
    for (SubEventType t : SubEventType.values()) {
      names.add(t.name());
    }
    return names;
  }

  /** The JSON form. */
  static final class Stored {
    public HeadProvenance provenance;
    public List<String> labels;
    public float[] mean;
    public float[] scale;
    public float[][] weights;
    public float[] bias;
  }
}
