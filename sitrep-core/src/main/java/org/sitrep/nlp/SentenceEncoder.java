package org.sitrep.nlp;

import java.util.List;

/**
 * Turns texts into fixed-length vectors that place texts of similar meaning close together: the
 * representation event detection classifies. Implementations are thread-safe.
 */
public interface SentenceEncoder {
  /**
   * One unit-length vector per text, in order; empty for an empty list.
   *
   * @throws NlpModelException when the model fails on a text
   */
  List<float[]> encode(List<String> texts);

  /** The length of every vector {@link #encode} returns. */
  int dimension();

  /**
   * What the vectors depend on: the model and its version. A classifier trained on one encoder's
   * vectors is meaningless on another's, so trained heads record it and loading checks it.
   */
  String identity();
}
