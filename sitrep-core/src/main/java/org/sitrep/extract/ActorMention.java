package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/**
 * An actor named in a document's text.
 *
 * @param span UTF-16 offsets into the cleaned text
 * @param surface the words as written
 * @param actor the actor they name
 * @param modifier whether the name only modifies another word ("Iran-backed", "ISIL-held"), so that
 *     the actor is not itself a participant
 * @param metonym whether the name is a capital or seat of power standing for its state ("Tehran
 *     said"): as a place, it names the city, not the whole country
 */
public record ActorMention(
    Span span, String surface, Actor actor, boolean modifier, boolean metonym) {}
