package org.sitrep.nlp;

import java.util.List;

/**
 * A document's cleaned text with its sentences and annotations: what the nlp stage hands to
 * extraction.
 *
 * @param text the cleaned text all spans point into
 * @param published the publication date relative expressions were resolved against, or null
 * @param sentences the sentences in order
 */
public record AnnotatedDocument(String text, String published, List<Sentence> sentences) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }
}
