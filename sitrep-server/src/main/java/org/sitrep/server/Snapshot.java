package org.sitrep.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.export.AcledCsvExporter;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.network.ActorNetwork;
import org.sitrep.network.NetworkEvent;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * What the API reads, loaded from the store once and indexed in memory: events in every sort order,
 * reports, actors, relations, the actor network, documents' names. Immutable, so any number of
 * requests read it at once; a write builds a new one and the server swaps it in. The store's own
 * reads load whole tables, and an analyst's store fits in memory many times over, so one load and
 * in-memory filters answer a page in milliseconds where SQL over the normalised tables would need a
 * query per event.
 */
final class Snapshot {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Snapshot.class);

  /** A document's names, for the event pages. */
  record DocumentName(String id, String source, String title) {}

  final List<Event> events;
  final Map<String, Event> eventsById;
  final Map<String, Report> reportsById;
  final Map<String, String> eventOfReport;
  final List<Actor> actors;
  final Map<String, Actor> actorsById;
  final List<Relation> relations;
  final Map<String, DocumentName> documents;
  final Map<String, List<Report>> reportsByDocument;
  final Map<String, List<Relation>> relationsByDocument;
  final Map<String, List<Event>> answeredBy;
  final Map<String, NetworkEvent> networkEvents;
  final Map<String, List<String>> participants;
  final ActorNetwork network;
  final AcledCsvExporter.Lookup lookup;
  final EventColumns columns;

  /**
   * Responses computed from this snapshot alone (the network, the counts), by request: the snapshot
   * never changes, so neither do they. Bounded; emptied when full.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, String> responses =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_CACHED = 256;
  final Map<String, Integer> positions;

  private Snapshot(
      List<Event> events,
      List<Report> reports,
      List<Actor> actors,
      List<Relation> relations,
      List<StoredDocument> storedDocuments) {
    this.events = List.copyOf(events);
    this.eventsById = new HashMap<>();
    events.forEach(e -> eventsById.put(e.id(), e));
    this.reportsById = new HashMap<>();
    this.reportsByDocument = new HashMap<>();
    for (Report r : reports) {
      reportsById.put(r.id(), r);
      reportsByDocument.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(r);
    }
    this.eventOfReport = new HashMap<>();
    this.answeredBy = new HashMap<>();
    this.networkEvents = new HashMap<>();
    this.participants = new HashMap<>();
    List<NetworkEvent> forNetwork = new ArrayList<>(events.size());
    for (Event e : events) {
      List<Report> members = new ArrayList<>(e.reportIds().size());
      for (String id : e.reportIds()) {
        eventOfReport.put(id, e.id());
        Report r = reportsById.get(id);
        if (r != null) {
          members.add(r);
        }
      }
      if (e.retaliationFor() != null) {
        answeredBy.computeIfAbsent(e.retaliationFor(), k -> new ArrayList<>()).add(e);
      }
      NetworkEvent ne = NetworkEvent.of(e, members);
      networkEvents.put(e.id(), ne);
      participants.put(e.id(), ne.participants().stream().map(ActorRef::id).toList());
      forNetwork.add(ne);
    }
    this.actors = List.copyOf(actors);
    this.actorsById = new HashMap<>();
    actors.forEach(a -> actorsById.put(a.id(), a));
    this.relations = List.copyOf(relations);
    this.relationsByDocument = new HashMap<>();
    for (Relation rel : relations) {
      if (rel.documentId() != null) {
        relationsByDocument.computeIfAbsent(rel.documentId(), k -> new ArrayList<>()).add(rel);
      }
    }
    this.documents = new HashMap<>();
    for (StoredDocument d : storedDocuments) {
      documents.put(d.id(), new DocumentName(d.id(), d.source(), d.metadata().title()));
    }
    this.network = ActorNetwork.build(actors, relations, forNetwork);
    this.lookup = AcledCsvExporter.Lookup.of(storedDocuments, reports, actors);
    this.columns = new EventColumns(this.events, networkEvents, actors);
    this.positions = new HashMap<>();
    for (int i = 0; i < this.events.size(); i++) {
      positions.put(this.events.get(i).id(), i);
    }
  }

  /** Loads everything the API shows from {@code store}. */
  static Snapshot of(DocumentStore store) {
    long t0 = System.nanoTime();
    List<Event> events = new ArrayList<>(store.events());
    events.sort(Comparator.comparing(Event::id));
    List<Report> reports = store.reports();
    List<Actor> actors = store.actors();
    List<Relation> relations = store.relations();
    List<StoredDocument> documents = store.documents();
    long t1 = System.nanoTime();
    Snapshot s = new Snapshot(events, reports, actors, relations, documents);
    LOG.info(
        "loaded {} events, {} reports, {} documents: read in {} ms, indexed in {} ms",
        events.size(),
        reports.size(),
        documents.size(),
        (t1 - t0) / 1_000_000,
        (System.nanoTime() - t1) / 1_000_000);
    return s;
  }

  /** The response for {@code key}, computed once per snapshot. */
  String cached(String key, java.util.function.Supplier<String> compute) {
    String hit = responses.get(key);
    if (hit != null) {
      return hit;
    }
    String value = compute.get();
    if (responses.size() >= MAX_CACHED) {
      responses.clear();
    }
    responses.put(key, value);
    return value;
  }

  /** The number of events the actor takes part in. */
  int eventCount(String actorId) {
    return network.events(actorId).size();
  }
}
