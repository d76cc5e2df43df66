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
 * and their leaders across the Middle East, Africa, Latin America and South, South-East and Central
 * Asia, with their aliases and transliterations, the demonyms and capitals that stand for states,
 * each state's police ("Police Forces of Kenya"), ACLED's generic actors ("Protesters"), and prior
 * relations between them. Loaded once from the bundled data files (see {@code actors.tsv} for the
 * format); immutable and thread-safe.
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
  private final List<String> policeNouns;
  private final Map<String, String> ambiguous;
  private final Map<String, List<Integer>> regimes;
  private final GenericActors generics;

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
    this.policeNouns = List.copyOf(c.policeNouns());
    this.regimes = Map.copyOf(c.regimes());
    this.generics = new GenericActors(c.generics(), c.groups(), c.identityNouns(), c.quantifiers());
    Map<String, String> amb = new HashMap<>();
    c.ambiguousAliases().forEach((name, id) -> amb.put(key(name, tokenizer), id));
    this.ambiguous = Map.copyOf(amb);
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
    ambiguous.forEach((k, dflt) -> requireKnown(dflt, "default actor of ambiguous name " + k));
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

  /**
   * Folded keys of the names several actors answer to on purpose (ambiguous-aliases.txt), each with
   * the id of the actor it names when the document's countries do not tell.
   */
  Map<String, String> ambiguousKeys() {
    return ambiguous;
  }

  GenericActors generics() {
    return generics;
  }

  /**
   * ACLED's name, with its regime years, for the state or state police {@code id} in {@code year}:
   * "Military Forces of Kenya (2013-2022)" for {@code state:KE} in 2015, "Police Forces of Kenya
   * (2022-)" for {@code police:KE} in 2024. Empty for other actors and for states whose regimes
   * regimes.tsv does not list, or a year before the first.
   */
  public Optional<String> acledName(String id, int year) {
    Actor a = byId.get(id);
    if (a == null
        || a.country() == null
        || !(id.startsWith("state:") || id.startsWith("police:"))) {
      return Optional.empty();
    }
    String stem =
        (id.startsWith("state:") ? "Military Forces of " : "Police Forces of ")
            + states.get(a.country()).name();
    List<Integer> years = regimes.getOrDefault(a.country(), List.of());
    for (int i = years.size() - 1; i >= 0; i--) {
      if (year >= years.get(i)) {
        return Optional.of(stem + " " + period(years, i));
      }
    }
    return Optional.empty();
  }

  /** "(2013-2022)" for the i-th regime, "(2022-)" for the last. */
  private static String period(List<Integer> years, int i) {
    return "(" + years.get(i) + "-" + (i + 1 < years.size() ? years.get(i + 1) : "") + ")";
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
      List<Integer> years = regimes.getOrDefault(a.country(), List.of());
      for (int i = 0; i < years.size(); i++) {
        // ACLED dates state actors by regime: "Military Forces of Kenya (2013-2022)".
        for (String stem : List.of("Military Forces of ", "Government of ")) {
          String form = stem + a.name() + " " + period(years, i);
          if (claimed.add(key(form, tokenizer))) {
            aliases.add(form);
          }
        }
      }
      aliases.addAll(capitals.getOrDefault(a.country(), List.of()));
      out.add(new Actor(a.id(), a.name(), a.kind(), a.country(), aliases, a.parent()));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      index.put(out.get(i).id(), i);
    }
    for (Actor state : List.copyOf(out)) {
      if (state.kind() == ActorKind.STATE) {
        police(state, tokenizer, claimed, index, out);
      }
    }
    return List.copyOf(out);
  }

  /**
   * ACLED's "Police Forces of COUNTRY" for {@code state}: made here for every state (id {@code
   * police:<code>}) with the demonym and name phrases of police-nouns.txt ("Kenyan police", "Police
   * Forces of Kenya"), or extended when actors.tsv lists it already.
   */
  private void police(
      Actor state,
      Tokenizer tokenizer,
      Set<String> claimed,
      Map<String, Integer> index,
      List<Actor> out) {
    String id = "police:" + state.country();
    String name = "Police Forces of " + state.name();
    Integer at = index.get(id);
    Actor base =
        at != null
            ? out.get(at)
            : new Actor(id, name, ActorKind.STATE_FORCES, state.country(), List.of(), state.id());
    List<String> aliases = new ArrayList<>(base.aliases());
    List<String> forms = new ArrayList<>();
    forms.add(name);
    List<String> heads = new ArrayList<>(demonyms.getOrDefault(state.country(), List.of()));
    heads.add(state.name());
    for (String noun : policeNouns) {
      heads.forEach(h -> forms.add(h + " " + noun));
      forms.add(noun + " of " + state.name());
    }
    List<Integer> years = regimes.getOrDefault(state.country(), List.of());
    for (int i = 0; i < years.size(); i++) {
      forms.add(name + " " + period(years, i));
    }
    for (String form : forms) {
      if (!form.equals(base.name()) && claimed.add(key(form, tokenizer))) {
        aliases.add(form);
      }
    }
    Actor police =
        new Actor(base.id(), base.name(), base.kind(), base.country(), aliases, base.parent());
    if (at != null) {
      out.set(at, police);
    } else {
      out.add(police);
    }
  }

  private static String key(String name, Tokenizer tokenizer) {
    Alias a = Alias.of(null, tokenizer.tokenize(name));
    return a == null ? "" : a.key();
  }
}
