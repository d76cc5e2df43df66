package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.model.Actor;

/**
 * What one document teaches about names: acronyms it defines, surnames of people it has named in
 * full, armed groups it introduces that the registry does not know, the countries it is about. One
 * per document, never shared: not thread-safe.
 */
final class DocumentNames {
  private final Map<String, Alias> byKey = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final Map<String, Actor> newActors = new LinkedHashMap<>();
  private Supplier<List<String>> source = List::of;
  private List<String> countries;

  /** The document's countries, most telling first, that choose among actors sharing a name. */
  List<String> countries() {
    if (countries == null) {
      countries = List.copyOf(source.get());
    }
    return countries;
  }

  /** Sets the document's countries (ISO codes, most telling first). */
  void countries(List<String> codes) {
    this.countries = List.copyOf(codes);
  }

  /**
   * Says where the document's countries come from when they are first needed: inferring them is a
   * pass over the whole text, which most documents, naming no shared name, never need.
   */
  void countries(Supplier<List<String>> inferred) {
    this.source = inferred;
    this.countries = null;
  }

  /** The alias this document gave {@code key}, if any. */
  Optional<Alias> lookup(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * Teaches {@code alias}. A key taught twice for different actors is forgotten: the document is
   * ambiguous about it.
   */
  void learn(Alias alias) {
    if (alias == null || ambiguous.contains(alias.key())) {
      return;
    }
    Alias before = byKey.putIfAbsent(alias.key(), alias);
    if (before != null && !before.actor().id().equals(alias.actor().id())) {
      byKey.remove(alias.key());
      ambiguous.add(alias.key());
    }
  }

  /** The new actor with {@code id} this document introduced, or the given one, remembered. */
  Actor newActor(Actor actor) {
    return newActors.computeIfAbsent(actor.id(), id -> actor);
  }

  /** The new actors introduced so far, in order of introduction. */
  List<Actor> newActors() {
    return new ArrayList<>(newActors.values());
  }
}
