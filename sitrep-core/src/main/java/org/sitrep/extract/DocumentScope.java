package org.sitrep.extract;

import java.util.List;
import org.sitrep.nlp.AnnotatedDocument;

/**
 * What holds for a whole document while its sentences are read: read once, before the first.
 *
 * @param document the annotated document
 * @param mentions every actor it names, offsets into its text
 * @param numericOrder how it writes all-numeric dates ("12/03/2021")
 * @param shortDocument whether it is a short note or snippet: one incident told in a few sentences,
 *     whose event needs no date or named place to be taken as real
 */
record DocumentScope(
    AnnotatedDocument document,
    List<ActorMention> mentions,
    NumericDateOrder numericOrder,
    boolean shortDocument) {}
