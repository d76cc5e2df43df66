package org.sitrep.resolve;

import org.sitrep.model.Actor;

/**
 * A name found at some tokens.
 *
 * @param first index of its first word token
 * @param last index of its last word token
 * @param actor the actor named; null when the words are a phrase that names none
 * @param form how the actor is named
 */
record Match(int first, int last, Actor actor, MentionForm form) {
  boolean blocked() {
    return actor == null;
  }
}
