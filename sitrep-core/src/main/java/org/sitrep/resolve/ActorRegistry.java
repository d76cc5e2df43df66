package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.SitrepException;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.RelationType;

/**
 * The actors Sitrep knows before reading anything: states, state forces, armed groups, alliances
 * and their leaders across the Middle East, Africa and South and Central Asia, with their aliases
 * and transliterations, the demonyms and capitals that stand for states, and prior relations
 * between them. Loaded once from the bundled data files (see {@code actors.tsv} for the format);
 * immutable and thread-safe.
 */
public final class ActorRegistry {
  private final List<Actor> actors;
  private final Map<String, Actor> byId;
  private final Map<String, Actor> states;
  private final List<PriorRelation> relations;
  private final Map<String, List<String>> demonyms;
  private final Map<String, List<String>> capitals;
  private final List<String> forceNouns;
  private final List<String> notActors;

  private ActorRegistry(RegistryFiles.Contents c, Tokenizer tokenizer) {
    Map<String, Actor> ids = new LinkedHashMap<>();
    for (Actor a : c.actors()) {
      if (ids.putIfAbsent(a.id(), a) != null) {
        throw new SitrepException("actor id " + a.id() + " is used twice");
      }
    }
    this.demonyms = Map.copyOf(c.demonyms());
    this.capitals = Map.copyOf(c.capitals());
    this.forceNouns = List.copyOf(c.forceNouns());
    this.notActors = List.copyOf(c.notActors());
    this.actors = withStateForms(c.actors(), tokenizer);
    Map<String, Actor> id = new HashMap<>();
    Map<String, Actor> st = new HashMap<>();
    for (Actor a : actors) {
      id.put(a.id(), a);
      if (a.kind() == ActorKind.STATE) {
        st.put(a.country(), a);
      }
    }
    this.byId = Map.copyOf(id);
    this.states = Map.copyOf(st);
    List<PriorRelation> rel = new ArrayList<>();
    for (Actor a : actors) {
      if (a.parent() != null) {
        requireKnown(a.parent(), "parent of " + a.id());
        rel.add(new PriorRelation(a.id(), RelationType.PART_OF, a.parent()));
      }
    }
    for (PriorRelation r : c.relations()) {
      requireKnown(r.subject(), "relation subject");
      requireKnown(r.object(), "relation object");
      rel.add(r);
    }
    this.relations = List.copyOf(rel);
  }

  /**
   * Loads the registry bundled with Sitrep.
   *
   * @throws SitrepException when a data file is missing or malformed (the message names the file
   *     and line), or when ids are duplicated or refer to no actor
   */
  public static ActorRegistry bundled() {
    return new ActorRegistry(RegistryFiles.read(), new Tokenizer(new NameFolder()));
  }

  /** Every actor, in file order. */
  public List<Actor> actors() {
    return actors;
  }

  /** The actor with {@code id}; empty when there is none. */
  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The state with ISO 3166-1 alpha-2 code {@code country}; empty when the registry lacks it. */
  public Optional<Actor> state(String country) {
    return Optional.ofNullable(states.get(country));
  }

  /**
   * Relations known in advance: those of the relations file and, for every actor with a parent, a
   * {@code part_of} relation to it.
   */
  public List<PriorRelation> relations() {
    return relations;
  }

  /** Adjectives that stand for the state {@code actor} before a force noun; empty for others. */
  List<String> demonyms(Actor actor) {
    return actor.kind() == ActorKind.STATE
        ? demonyms.getOrDefault(actor.country(), List.of())
        : List.of();
  }

  /** Capitals and seats of power that stand for the state {@code actor}; empty for others. */
  List<String> capitals(Actor actor) {
    return actor.kind() == ActorKind.STATE
        ? capitals.getOrDefault(actor.country(), List.of())
        : List.of();
  }

  List<String> forceNouns() {
    return forceNouns;
  }

  List<String> notActors() {
    return notActors;
  }

  private void requireKnown(String id, String what) {
    if (!byId.containsKey(id)) {
      throw new SitrepException(what + " " + id + " is no actor of the registry");
    }
  }

  /**
   * States also answer to the names ACLED and analysts give their forces ("Military Forces of
   * Iran", "Iranian government") and to their capitals: recorded as aliases so that a name compared
   * against an actor's aliases meets them, unless another actor claims the form.
   */
  private List<Actor> withStateForms(List<Actor> in, Tokenizer tokenizer) {
    Set<String> claimed = new HashSet<>();
    for (Actor a : in) {
      claimed.add(key(a.name(), tokenizer));
      a.aliases().forEach(alias -> claimed.add(key(alias, tokenizer)));
    }
    List<Actor> out = new ArrayList<>(in.size());
    for (Actor a : in) {
      if (a.kind() != ActorKind.STATE) {
        out.add(a);
        continue;
      }
      List<String> aliases = new ArrayList<>(a.aliases());
      List<String> extra = new ArrayList<>();
      extra.add("Government of " + a.name());
      extra.add("Military Forces of " + a.name());
      demonyms.getOrDefault(a.country(), List.of()).stream()
          .findFirst()
          .ifPresent(
              d -> {
                for (String noun :
                    List.of("government", "forces", "military", "military forces", "army")) {
                  extra.add(d + " " + noun);
                }
                extra.add(d + " security forces");
              });
      for (String form : extra) {
        if (claimed.add(key(form, tokenizer))) {
          aliases.add(form);
        }
      }
      aliases.addAll(capitals.getOrDefault(a.country(), List.of()));
      out.add(new Actor(a.id(), a.name(), a.kind(), a.country(), aliases, a.parent()));
    }
    return List.copyOf(out);
  }

  private static String key(String name, Tokenizer tokenizer) {
    Alias a = Alias.of(null, tokenizer.tokenize(name));
    return a == null ? "" : a.key();
  }
}
