package org.sitrep.model;

import java.util.Objects;

/**
 * A resolved actor as a report names it.
 *
 * @param id the actor's stable id
 * @param name its canonical name
 */
public record ActorRef(String id, String name) implements java.io.Serializable {
  public ActorRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
