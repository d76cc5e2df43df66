package org.sitrep.nlp;

import java.util.List;
import org.sitrep.model.Span;

/**
 * One sentence of a document.
 *
 * @param index its position in the document, from 0
 * @param paragraph the index of the paragraph (blank-line separated block) it stands in
 * @param span UTF-16 offsets into the document's cleaned text
 * @param text the sentence's text, equal to that span of the document
 * @param tokens its tokens
 * @param entities entity mentions, empty when the sentence was only tokenised
 * @param fullyAnnotated whether POS, lemma and NER ran on it (they run only where they matter)
 */
public record Sentence(
    int index,
    int paragraph,
    Span span,
    String text,
    List<Token> tokens,
    List<EntityMention> entities,
    boolean fullyAnnotated) {
  public Sentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }
}
