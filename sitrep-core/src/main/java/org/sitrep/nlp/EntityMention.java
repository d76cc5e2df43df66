package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * A named entity the statistical tagger found.
 *
 * @param span UTF-16 offsets into the document's cleaned text
 * @param text the words of the mention
 * @param type the coarse NER type: PERSON, LOCATION, ORGANIZATION, DATE, NUMBER, ...
 * @param normalized SUTime's normalised value for temporal mentions (e.g. {@code 2017-06-18},
 *     {@code 2017-06}, {@code XXXX-01-03}), the number for numeric ones, else null
 */
public record EntityMention(Span span, String text, String type, String normalized) {}
