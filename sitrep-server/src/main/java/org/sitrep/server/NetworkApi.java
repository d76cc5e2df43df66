package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventFilter;
import org.sitrep.network.ActorNetwork;
import org.sitrep.network.NetworkEvent;
import org.sitrep.network.Tie;

/** {@code GET /network}: the actor network, whole or around one actor, over a date range. */
final class NetworkApi {
  static final int DEFAULT_MAX_NODES = 300;
  static final int MAX_NODES = 2000;
  static final int DEFAULT_MAX_EDGES = 2000;
  static final int MAX_EDGES = 20000;

  private final Supplier<Snapshot> snapshot;

  NetworkApi(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  void network(Context ctx) {
    Snapshot s = snapshot.get();
    String key = "network?" + ctx.queryString();
    Responses.json(ctx, s.cached(key, () -> compute(ctx, s)));
  }

  private String compute(Context ctx, Snapshot s) {
    String actor = ctx.queryParam("actor");
    int depth = Params.integer("depth", ctx.queryParam("depth"), 1, 3, 1);
    int maxNodes =
        Params.integer("max_nodes", ctx.queryParam("max_nodes"), 1, MAX_NODES, DEFAULT_MAX_NODES);
    int maxEdges =
        Params.integer("max_edges", ctx.queryParam("max_edges"), 1, MAX_EDGES, DEFAULT_MAX_EDGES);
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    ActorNetwork network = s.network;
    if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
      EventFilter range =
          new EventFilter(
              from == null || from.isBlank() ? null : Period.parse("from", from).first(),
              to == null || to.isBlank() ? null : Period.parse("to", to).last(),
              null,
              null,
              null,
              1);
      List<NetworkEvent> events = new ArrayList<>();
      for (Event e : s.events) {
        if (range.test(e)) {
          events.add(s.networkEvents.get(e.id()));
        }
      }
      network = ActorNetwork.build(s.actors, s.relations, events);
    }
    Graph<String, Tie> graph = network.graph();
    Set<String> nodes;
    if (actor != null && !actor.isBlank()) {
      if (!graph.containsVertex(actor)) {
        throw ApiException.notFound("actor", actor);
      }
      nodes = around(graph, actor, depth);
    } else {
      nodes = new LinkedHashSet<>(graph.vertexSet());
    }
    Map<String, Double> weight = new HashMap<>();
    for (String v : nodes) {
      double w = 0;
      for (Tie t : graph.edgesOf(v)) {
        w += t.weight();
      }
      weight.put(v, w);
    }
    boolean truncated = nodes.size() > maxNodes;
    List<String> kept = new ArrayList<>(nodes);
    kept.sort(
        Comparator.comparing((String v) -> !v.equals(actor))
            .thenComparing(v -> -weight.get(v))
            .thenComparing(v -> v));
    if (truncated) {
      kept = kept.subList(0, maxNodes);
    }
    Set<String> keep = new LinkedHashSet<>(kept);
    ObjectNode body = Json.object();
    ArrayNode nodeArray = body.putArray("nodes");
    ArrayNode edgeArray = body.putArray("edges");
    ActorNetwork net = network;
    for (String v : keep.stream().sorted().toList()) {
      ObjectNode n = nodeArray.addObject();
      n.put("id", v);
      n.put("name", net.name(v).map(r -> r.name()).orElse(v));
      n.put("kind", net.kind(v).map(ActorKind::code).orElse(null));
      n.put("country", net.actor(v).map(a -> a.country()).orElse(null));
      n.put("events", net.events(v).size());
      n.put("degree", graph.degreeOf(v));
    }
    List<Tie> ties = new ArrayList<>();
    for (Tie t : graph.edgeSet()) {
      if (keep.contains(t.source()) && keep.contains(t.target())) {
        ties.add(t);
      }
    }
    if (ties.size() > maxEdges) {
      // Keep the heaviest ties: the ones with the most evidence.
      ties.sort(
          Comparator.comparingDouble((Tie t) -> -t.weight())
              .thenComparing(Tie::source)
              .thenComparing(Tie::target)
              .thenComparing(Tie::kind));
      ties = new ArrayList<>(ties.subList(0, maxEdges));
      truncated = true;
    }
    ties.sort(
        Comparator.comparing(Tie::source).thenComparing(Tie::target).thenComparing(Tie::kind));
    for (Tie t : ties) {
      ObjectNode e = edgeArray.addObject();
      e.put("source", t.source());
      e.put("target", t.target());
      e.put("kind", t.kind());
      e.put("directed", t.directed());
      e.put("weight", t.weight());
      e.put("documents", t.documents());
      e.put("events", t.events());
      e.put("prior", t.prior());
    }
    body.put("truncated", truncated);
    return body.toString();
  }

  private static Set<String> around(Graph<String, Tie> graph, String start, int depth) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(start);
    Deque<String> frontier = new ArrayDeque<>();
    frontier.add(start);
    for (int d = 0; d < depth; d++) {
      Deque<String> next = new ArrayDeque<>();
      for (String v : frontier) {
        for (Tie t : graph.edgesOf(v)) {
          String other = t.source().equals(v) ? t.target() : t.source();
          if (seen.add(other)) {
            next.add(other);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }
}
