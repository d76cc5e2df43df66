package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * One actor from what every document said of it, by the rule the local store applies as it saves
 * documents one after another: the last document's name and kind stand, a country or parent is
 * never erased by a document that does not know it, aliases accumulate, and a name replaced stays
 * an alias.
 */
final class ActorFold {
  private ActorFold() {}

  /**
   * The actor that {@code said} (one entry per document that names it, with that document's id)
   * adds up to, folded in document id order as the local run saves them.
   *
   * @throws IllegalArgumentException when {@code said} is empty
   */
  static Actor fold(List<Said> said) {
    if (said.isEmpty()) {
      throw new IllegalArgumentException("no actor to fold");
    }
    List<Said> ordered = new ArrayList<>(said);
    ordered.sort(Comparator.comparing(Said::documentId));
    String id = ordered.get(0).actor().id();
    String name = null;
    ActorKind kind = null;
    String country = null;
    String parent = null;
    TreeSet<String> aliases = new TreeSet<>();
    for (Said s : ordered) {
      Actor a = s.actor();
      if (name != null && !name.equals(a.name())) {
        aliases.add(name);
      }
      name = a.name();
      kind = a.kind();
      country = a.country() != null ? a.country() : country;
      parent = a.parent() != null ? a.parent() : parent;
      aliases.addAll(a.aliases());
    }
    return new Actor(id, name, kind, country, List.copyOf(aliases), parent);
  }

  /** What one document said of an actor. */
  record Said(String documentId, Actor actor) implements java.io.Serializable {}
}
