package org.sitrep.extract;

import org.sitrep.model.ActorRef;

/**
 * Who did it and to whom.
 *
 * @param actor1 the initiator, or null
 * @param actor2 the target, or null
 * @param weak whether the initiator came from context ("the group" earlier) rather than the
 *     sentence
 */
record Roles(ActorRef actor1, ActorRef actor2, boolean weak) {}
