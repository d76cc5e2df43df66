package org.sitrep.network;

import java.util.Objects;
import org.sitrep.model.RelationType;

/**
 * An edge of the actor network: a relation between two actors, or their taking part in the same
 * events. There is one tie per pair of actors and kind.
 *
 * @param source the subject's id (for co-participation, the smaller of the two ids)
 * @param target the object's id (for co-participation, the larger)
 * @param relation the relation, or null for co-participation in events
 * @param documents how many documents state the relation, or report an event both took part in
 * @param events how many events both took part in; 0 for a relation
 * @param prior whether the relation is also prior knowledge (the actor registry)
 */
public record Tie(
    String source, String target, RelationType relation, int documents, int events, boolean prior) {
  /** The kind of a tie of co-participation in events, as {@link #kind()} names it. */
  public static final String CO_PARTICIPATION = "co_participation";

  public Tie {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }

  /** The relation's code ({@code part_of}, ...) or {@link #CO_PARTICIPATION}. */
  public String kind() {
    return relation == null ? CO_PARTICIPATION : relation.code();
  }

  /** Whether the tie has a direction: relations that are not symmetric have one. */
  public boolean directed() {
    return relation != null && !relation.symmetric();
  }

  /**
   * How much evidence the tie has: for a relation, the documents that state it, plus one when it is
   * prior knowledge; for co-participation, the number of shared events.
   */
  public double weight() {
    return relation == null ? events : documents + (prior ? 1 : 0);
  }
}
