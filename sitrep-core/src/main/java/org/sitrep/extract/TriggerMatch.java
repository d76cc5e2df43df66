package org.sitrep.extract;

import org.sitrep.model.SubEventType;

/**
 * A phrase in a sentence that reports an event of a type.
 *
 * @param begin UTF-16 offset in the sentence
 * @param end UTF-16 offset just past it
 * @param phrase the matched words
 * @param type the sub-event type it codes
 */
public record TriggerMatch(int begin, int end, String phrase, SubEventType type) {}
