package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor: a state, an armed force or group, a person.
 *
 * @param id stable id (the registry's, or {@code new:} and a normalised name for an actor the
 *     registry does not know)
 * @param name canonical name
 * @param kind ACLED-style kind
 * @param country ISO 3166-1 alpha-2 code of its home country, or null
 * @param aliases every other name it is known by, surface forms met in text included
 * @param parent id of the actor it is a branch or unit of, or null
 */
public record Actor(
    String id, String name, ActorKind kind, String country, List<String> aliases, String parent)
    implements java.io.Serializable {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
  }

  /** A reference to this actor. */
  public ActorRef ref() {
    return new ActorRef(id, name);
  }
}
