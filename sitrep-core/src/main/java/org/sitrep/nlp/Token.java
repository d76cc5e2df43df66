package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * One token of an annotated sentence.
 *
 * @param span UTF-16 offsets into the document's cleaned text
 * @param word the token as written
 * @param lemma its lemma, or the lower-cased word where the sentence was not fully annotated
 * @param pos Penn Treebank part-of-speech tag, or null where the sentence was not fully annotated
 * @param ner named-entity tag ({@code PERSON}, {@code LOCATION}, {@code DATE}, ... or {@code O}),
 *     or null where the sentence was not fully annotated
 */
public record Token(Span span, String word, String lemma, String pos, String ner) {}
