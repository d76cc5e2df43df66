package org.sitrep.extract;

import java.util.List;

/**
 * Finds the actors a text names. The resolve stage's dictionary implements it; extraction only
 * needs the mentions, so it does not depend on how they are resolved.
 */
@FunctionalInterface
public interface ActorFinder {
  /** Every actor mention in {@code text}, in order, none overlapping; empty when none. */
  List<ActorMention> find(String text);
}
