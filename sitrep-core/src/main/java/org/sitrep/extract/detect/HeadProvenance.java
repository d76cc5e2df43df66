package org.sitrep.extract.detect;

/**
 * Where a trained head came from, so that a shipped head can be checked against a rebuild.
 *
 * @param encoder the identity of the sentence encoder whose vectors it was trained on
 * @param corpusSha256 the identity of the training corpus ({@link TrainingCorpus#sha256()})
 * @param examples the number of training examples
 * @param epochs full-batch passes of the optimiser
 * @param l2 the weight of the L2 penalty
 * @param learningRate Adam's step size
 */
public record HeadProvenance(
    String encoder,
    String corpusSha256,
    int examples,
    int epochs,
    double l2,
    double learningRate) {}
