package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Relation;
import org.sitrep.network.ActorNetwork;
import org.sitrep.network.NetworkEvent;
import org.sitrep.network.Tie;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep actor NAME}: one actor's aliases, its relations with their evidence, the actors it
 * shares events with, and its events in time order.
 */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description =
        "Show an actor: aliases, relations with their evidence, and its events in time order.")
final class ActorCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      arity = "1..*",
      description = "A name, alias, acronym or id of the actor (e.g. Hezbollah, ISKP, Tehran).")
  List<String> words;

  @Override
  public Integer call() {
    String name = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteDocumentStore store = sitrep.openStore()) {
      ActorNetwork network = ActorNetwork.of(store);
      Optional<String> id = find(name, network, store.actors());
      if (id.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(TerminalSafeWriter.safe("sitrep: no actor '" + name + "' in the store"));
        return ExitCodes.FAILURE;
      }
      Map<String, String> sources =
          store.documents().stream()
              .collect(Collectors.toMap(StoredDocument::id, StoredDocument::source));
      print(out, network, id.get(), sources);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The id of the actor {@code name} names: as the actor registry resolves it, else a stored actor
   * whose id, name or alias is {@code name} ignoring case.
   */
  private static Optional<String> find(String name, ActorNetwork network, List<Actor> stored) {
    Optional<String> resolved =
        ActorResolver.bundled()
            .resolve(name)
            .map(Actor::id)
            .filter(id -> network.name(id).isPresent());
    if (resolved.isPresent()) {
      return resolved;
    }
    return stored.stream()
        .filter(
            a ->
                a.id().equalsIgnoreCase(name)
                    || a.name().equalsIgnoreCase(name)
                    || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .map(Actor::id)
        .findFirst()
        .or(() -> network.name(name).map(ActorRef::id));
  }

  private static void print(
      PrintWriter out, ActorNetwork network, String id, Map<String, String> sources) {
    ActorRef ref = network.name(id).orElseThrow();
    Optional<Actor> actor = network.actor(id);
    out.printf(
        "%s  (%s%s%s)%n",
        ref.name(),
        id,
        actor.map(a -> ", " + a.kind().code()).orElse(""),
        actor.map(Actor::country).map(c -> ", " + c).orElse(""));
    out.println(
        "aliases: "
            + actor.map(a -> String.join("; ", a.aliases())).filter(s -> !s.isEmpty()).orElse("-"));

    printRelations(out, network, id, sources);
    printShared(out, network, id);
    printEvents(out, network, id, sources);
  }

  /** Each relation once, with the sentences that state it and whether it is prior knowledge. */
  private static void printRelations(
      PrintWriter out, ActorNetwork network, String id, Map<String, String> sources) {
    out.println();
    out.println("relations:");
    Map<String, List<Relation>> byStatement = new LinkedHashMap<>();
    for (Relation r : network.relations(id)) {
      String statement = r.subject().name() + " " + r.type().code() + " " + r.object().name();
      byStatement.computeIfAbsent(statement, s -> new ArrayList<>()).add(r);
    }
    if (byStatement.isEmpty()) {
      out.println("  none");
    }
    byStatement.forEach(
        (statement, rs) -> {
          boolean prior = rs.stream().anyMatch(Relation::prior);
          long documents = rs.stream().filter(r -> !r.prior()).count();
          out.printf(
              Locale.ROOT,
              "  %s  [%d document%s%s]%n",
              statement,
              documents,
              documents == 1 ? "" : "s",
              prior ? ", prior knowledge" : "");
          for (Relation r : rs) {
            if (!r.prior()) {
              out.printf(
                  "    %s: \"%s\"%n",
                  sources.getOrDefault(r.documentId(), r.documentId()),
                  Text.cut(r.evidence().replaceAll("\\s+", " ").strip(), 300));
            }
          }
        });
  }

  private static void printShared(PrintWriter out, ActorNetwork network, String id) {
    out.println();
    out.println("shares events with:");
    List<Tie> shared = network.ties(id).stream().filter(t -> t.relation() == null).toList();
    if (shared.isEmpty()) {
      out.println("  none");
    }
    for (Tie t : shared) {
      String other = t.source().equals(id) ? t.target() : t.source();
      out.printf(
          Locale.ROOT,
          "  %s  %d event%s%n",
          network.name(other).map(ActorRef::name).orElse(other),
          t.events(),
          t.events() == 1 ? "" : "s");
    }
  }

  private static void printEvents(
      PrintWriter out, ActorNetwork network, String id, Map<String, String> sources) {
    out.println();
    out.println("events (in time order):");
    List<NetworkEvent> events = network.events(id);
    if (events.isEmpty()) {
      out.println("  none");
    }
    for (NetworkEvent e : events) {
      String others =
          e.participants().stream()
              .filter(p -> !p.id().equals(id))
              .map(ActorRef::name)
              .collect(Collectors.joining(", "));
      out.printf(
          "  %-10s  %s / %s  %s%s  [%s]%n",
          e.date().iso() == null ? "undated" : e.date().iso(),
          e.subEventType().type().label(),
          e.subEventType().label(),
          e.location()
              .map(l -> "at " + l.name() + (l.country() == null ? "" : " (" + l.country() + ")"))
              .orElse("place unknown"),
          others.isEmpty() ? "" : "; with " + others,
          e.documentIds().stream()
              .map(d -> sources.getOrDefault(d, d))
              .collect(Collectors.joining(", ")));
    }
  }
}
