package org.sitrep.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;

/**
 * The actors and their ties: relations stated in documents or known in advance, and taking part in
 * the same events, each tie weighted by its evidence ({@link Tie#weight()}). Vertices are actor
 * ids. Built once from lists, so it works the same over reports or fused events; immutable and
 * thread-safe once built.
 */
public final class ActorNetwork {
  private final Graph<String, Tie> graph;
  private final Map<String, ActorRef> names;
  private final Map<String, Actor> actors;
  private final Map<String, List<Relation>> relations;
  private final Map<String, List<NetworkEvent>> events;

  private ActorNetwork(
      Graph<String, Tie> graph,
      Map<String, ActorRef> names,
      Map<String, Actor> actors,
      Map<String, List<Relation>> relations,
      Map<String, List<NetworkEvent>> events) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.names = Map.copyOf(names);
    this.actors = Map.copyOf(actors);
    this.relations = Map.copyOf(relations);
    this.events = Map.copyOf(events);
  }

  /**
   * The network of {@code actors}, {@code relations} and {@code events}. An actor that a relation
   * or an event names but {@code actors} lacks becomes a vertex too, known by the name given there.
   * Deterministic: the same lists give the same graph, vertices and ties in id order.
   */
  public static ActorNetwork build(
      List<Actor> actors, List<Relation> relations, List<? extends NetworkEvent> events) {
    Assembly assembly = new Assembly();
    actors.forEach(assembly::actor);
    relations.forEach(assembly::relation);
    events.forEach(assembly::event);
    return assembly.network();
  }

  /** Gathers the ties of a network being built; used by one thread for one build. */
  private static final class Assembly {
    private final Map<String, ActorRef> names = new TreeMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, List<Relation>> relationsOf = new HashMap<>();
    private final Map<String, List<NetworkEvent>> eventsOf = new HashMap<>();
    // Per relation tie: the documents that state it, and whether it is prior knowledge.
    private final Map<List<String>, Set<String>> documents = new TreeMap<>(LIST_ORDER);
    private final Set<List<String>> prior = new HashSet<>();
    // Per pair of actors: the events and the documents they share.
    private final Map<List<String>, Set<String>> shared = new TreeMap<>(LIST_ORDER);
    private final Map<List<String>, Set<String>> sharedDocuments = new HashMap<>();

    void actor(Actor a) {
      names.put(a.id(), a.ref());
      actors.put(a.id(), a);
    }

    void relation(Relation r) {
      names.putIfAbsent(r.subject().id(), r.subject());
      names.putIfAbsent(r.object().id(), r.object());
      relationsOf.computeIfAbsent(r.subject().id(), id -> new ArrayList<>()).add(r);
      relationsOf.computeIfAbsent(r.object().id(), id -> new ArrayList<>()).add(r);
      List<String> key = tieKey(r.subject().id(), r.type(), r.object().id());
      Set<String> docs = documents.computeIfAbsent(key, k -> new HashSet<>());
      if (r.prior()) {
        prior.add(key);
      } else {
        docs.add(r.documentId());
      }
    }

    void event(NetworkEvent e) {
      List<ActorRef> taking = e.participants();
      for (ActorRef ref : taking) {
        names.putIfAbsent(ref.id(), ref);
        eventsOf.computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(e);
      }
      for (int i = 0; i < taking.size(); i++) {
        for (int j = i + 1; j < taking.size(); j++) {
          String a = taking.get(i).id();
          String b = taking.get(j).id();
          if (!a.equals(b)) {
            List<String> key = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
            shared.computeIfAbsent(key, k -> new HashSet<>()).add(e.id());
            sharedDocuments.computeIfAbsent(key, k -> new HashSet<>()).addAll(e.documentIds());
          }
        }
      }
    }

    ActorNetwork network() {
      Graph<String, Tie> graph = new DirectedWeightedMultigraph<>(Tie.class);
      names.keySet().forEach(graph::addVertex);
      documents.forEach(
          (key, docs) ->
              add(
                  graph,
                  new Tie(
                      key.get(0),
                      key.get(2),
                      RelationType.ofCode(key.get(1)),
                      docs.size(),
                      0,
                      prior.contains(key))));
      shared.forEach(
          (key, ids) ->
              add(
                  graph,
                  new Tie(
                      key.get(0),
                      key.get(1),
                      null,
                      sharedDocuments.get(key).size(),
                      ids.size(),
                      false)));
      relationsOf.values().forEach(list -> list.sort(Comparator.comparing(Relation::id)));
      eventsOf.values().forEach(list -> list.sort(TIME_ORDER));
      return new ActorNetwork(graph, names, actors, relationsOf, eventsOf);
    }

    private static void add(Graph<String, Tie> graph, Tie tie) {
      graph.addEdge(tie.source(), tie.target(), tie);
      graph.setEdgeWeight(tie, tie.weight());
    }
  }

  /**
   * The network of everything {@code store} holds: its actors, its relations (text and prior) and
   * its fused events; a report no fusion has joined yet counts as an event of its own.
   */
  public static ActorNetwork of(DocumentStore store) {
    List<Event> fused = store.events();
    Map<String, Report> reports = new TreeMap<>();
    store.reports().forEach(r -> reports.put(r.id(), r));
    List<NetworkEvent> events = new ArrayList<>();
    for (Event e : fused) {
      events.add(
          NetworkEvent.of(
              e, e.reportIds().stream().map(reports::get).filter(r -> r != null).toList()));
      e.reportIds().forEach(reports::remove);
    }
    reports.values().stream().map(NetworkEvent::of).forEach(events::add);
    return build(store.actors(), store.relations(), events);
  }

  /** The graph itself, unmodifiable: vertices are actor ids, edges {@link Tie}s with weights. */
  public Graph<String, Tie> graph() {
    return graph;
  }

  /** The name of the actor with {@code id}; empty when the network has no such actor. */
  public Optional<ActorRef> name(String id) {
    return Optional.ofNullable(names.get(id));
  }

  /**
   * The actor with {@code id} as the list it was built from gives it; empty when that list lacks it
   * (a relation or an event named it only).
   */
  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** The kind of the actor with {@code id}; empty when the network knows only its name. */
  public Optional<ActorKind> kind(String id) {
    return actor(id).map(Actor::kind);
  }

  /** The relations that involve the actor, as subject or object, sorted by id; empty when none. */
  public List<Relation> relations(String actorId) {
    return Collections.unmodifiableList(relations.getOrDefault(actorId, List.of()));
  }

  /**
   * The events the actor took part in, in time order (by date, events of unknown date or year last,
   * then by id); empty when none.
   */
  public List<NetworkEvent> events(String actorId) {
    return Collections.unmodifiableList(events.getOrDefault(actorId, List.of()));
  }

  /** The ties of the actor, outgoing and incoming, heaviest first; empty when none. */
  public List<Tie> ties(String actorId) {
    if (!graph.containsVertex(actorId)) {
      return List.of();
    }
    return graph.edgesOf(actorId).stream()
        .sorted(
            Comparator.comparingDouble(Tie::weight)
                .reversed()
                .thenComparing(Tie::kind)
                .thenComparing(Tie::source)
                .thenComparing(Tie::target))
        .toList();
  }

  private static List<String> tieKey(String subject, RelationType type, String object) {
    // Symmetric relations are one tie whichever way round a document states them.
    if (type.symmetric() && subject.compareTo(object) > 0) {
      return List.of(object, type.code(), subject);
    }
    return List.of(subject, type.code(), object);
  }

  private static final Comparator<List<String>> LIST_ORDER =
      (a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b));

  /** Known dates first in ISO order (which is time order, partial dates before full ones). */
  private static final Comparator<NetworkEvent> TIME_ORDER =
      Comparator.comparing(
              (NetworkEvent e) -> {
                String iso = e.date().iso();
                return iso == null || iso.startsWith("--") ? "\uffff" : iso;
              })
          .thenComparing(NetworkEvent::id);
}
