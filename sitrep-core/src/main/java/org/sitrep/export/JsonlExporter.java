package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Writes a store as the JSON Lines export of {@code eval/EXPORT.md}: documents, reports, actors,
 * relations and events, one object a line, sorted by id so that two exports of one store are
 * byte-identical. Every field the contract names is written, as null or [] when it has no value.
 * Files are written beside their targets and moved into place, so a reader never sees half a file.
 *
 * <p>events.jsonl holds the stored (fused) events. Beside the contract's fields, an event carries
 * {@code date_end}, {@code date_precision}, {@code documents} (the sources' names), {@code
 * retaliation_for} (an event id) and {@code disagreements}: per field on which its reports differ,
 * what each report says. A report fusion has not reached yet is its own event: its {@code event_id}
 * is its own id.
 */
public final class JsonlExporter {
  /** The files of the export, in the order the pipeline fills them. */
  public static final List<String> FILES =
      List.of(
          "documents.jsonl", "reports.jsonl", "actors.jsonl", "relations.jsonl", "events.jsonl");

  private final ObjectMapper json =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /**
   * Exports {@code store} into {@code directory}, creating it if needed and replacing the files of
   * an earlier export.
   *
   * @return the number of lines written per file, in {@link #FILES} order
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Integer> export(DocumentStore store, Path directory) {
    try {
      Files.createDirectories(directory);
      List<StoredDocument> stored =
          store.documents().stream().sorted(Comparator.comparing(StoredDocument::id)).toList();
      Map<String, String> sources =
          stored.stream().collect(Collectors.toMap(StoredDocument::id, StoredDocument::source));
      List<Report> reports =
          store.reports().stream().sorted(Comparator.comparing(Report::id)).toList();
      List<ObjectNode> documents = stored.stream().map(this::document).toList();
      List<Event> fused = store.events();
      Map<String, String> eventOfReport = new HashMap<>();
      fused.forEach(e -> e.reportIds().forEach(r -> eventOfReport.put(r, e.id())));
      List<ObjectNode> reportLines =
          reports.stream()
              .map(r -> report(r, sources, eventOfReport.getOrDefault(r.id(), r.id())))
              .toList();
      List<ObjectNode> actors =
          store.actors().stream().sorted(Comparator.comparing(Actor::id)).map(this::actor).toList();
      List<ObjectNode> relations =
          store.relations().stream()
              .sorted(Comparator.comparing(Relation::id))
              .map(r -> relation(r, sources))
              .toList();
      Map<String, Report> reportById = new HashMap<>();
      reports.forEach(r -> reportById.put(r.id(), r));
      List<ObjectNode> events = new ArrayList<>();
      fused.forEach(e -> events.add(event(e, reportById, sources)));
      reports.stream()
          .filter(r -> !eventOfReport.containsKey(r.id()))
          .forEach(r -> events.add(unfused(r, sources)));
      events.sort(Comparator.comparing(n -> n.get("id").asText()));
      List<List<ObjectNode>> files = List.of(documents, reportLines, actors, relations, events);
      for (int i = 0; i < FILES.size(); i++) {
        write(directory.resolve(FILES.get(i)), files.get(i));
      }
      return files.stream().map(List::size).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + directory, e);
    }
  }

  /** The line of {@code d} in documents.jsonl. */
  public String documentLine(StoredDocument d) {
    return line(document(d));
  }

  /**
   * The line of {@code r} in reports.jsonl.
   *
   * @param source the name of its document, as documents.jsonl gives it
   * @param eventId the id of the event it belongs to (its own id when it belongs to none)
   */
  public String reportLine(Report r, String source, String eventId) {
    return line(report(r, Map.of(r.documentId(), source), eventId));
  }

  /** The line of {@code a} in actors.jsonl. */
  public String actorLine(Actor a) {
    return line(actor(a));
  }

  /**
   * The line of {@code r} in relations.jsonl.
   *
   * @param source the name of its document, or null for a prior relation
   */
  public String relationLine(Relation r, String source) {
    return line(relation(r, r.documentId() == null ? Map.of() : Map.of(r.documentId(), source)));
  }

  /**
   * The line of {@code e} in events.jsonl.
   *
   * @param reports its reports by id (others may be there too)
   * @param sources the names of its documents by id
   */
  public String eventLine(Event e, Map<String, Report> reports, Map<String, String> sources) {
    return line(event(e, reports, sources));
  }

  private String line(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a JSON line", e);
    }
  }

  private ObjectNode document(StoredDocument d) {
    ObjectNode node = json.createObjectNode();
    node.put("id", d.id());
    node.put("source", d.source());
    node.put("url", d.metadata().url());
    node.put("title", d.metadata().title());
    node.put("author", d.metadata().author());
    node.put("published", d.metadata().published());
    node.put("language", d.language());
    node.put("text", d.text());
    node.put("version", d.version());
    node.put("content_hash", d.contentHash());
    return node;
  }

  private ObjectNode report(Report r, Map<String, String> sources, String eventId) {
    ObjectNode node = json.createObjectNode();
    node.put("id", r.id());
    node.put("event_id", eventId);
    // A report of a document no longer stored still names where it came from.
    node.put("document", sources.getOrDefault(r.documentId(), r.documentId()));
    node.put("evidence", r.evidence());
    node.putArray("span").add(r.span().begin()).add(r.span().end());
    node.put("date", r.date().iso());
    node.put("date_end", r.date().isoEnd());
    node.put("date_precision", r.date().precision() == null ? null : r.date().precision().code());
    node.put("date_after", r.date().after());
    node.put("event_type", r.eventType().label());
    node.put("sub_event_type", r.subEventType().label());
    node.set("actor1", ref(r.actor1()));
    node.set("actor2", ref(r.actor2()));
    node.set("assoc_actors", refs(r.assocActors()));
    node.set("location", location(r.location()));
    putCount(node, "fatalities", r.fatalities());
    putCount(node, "injuries", r.injuries());
    node.set("claimed_by", refs(r.claimedBy()));
    node.put("modality", r.modality().code());
    node.put("retaliation_for", r.retaliationFor());
    node.put("confidence", r.confidence());
    return node;
  }

  private ObjectNode actor(Actor a) {
    ObjectNode node = json.createObjectNode();
    node.put("id", a.id());
    node.put("name", a.name());
    node.put("type", a.kind().code());
    node.put("country", a.country());
    ArrayNode aliases = node.putArray("aliases");
    a.aliases().stream().sorted().forEach(aliases::add);
    node.put("parent", a.parent());
    return node;
  }

  private ObjectNode relation(Relation r, Map<String, String> sources) {
    ObjectNode node = json.createObjectNode();
    node.put("id", r.id());
    node.set("subject", ref(r.subject()));
    node.set("object", ref(r.object()));
    node.put("relation", r.type().code());
    node.put(
        "document",
        r.documentId() == null ? null : sources.getOrDefault(r.documentId(), r.documentId()));
    node.put("evidence", r.evidence());
    if (r.span() == null) {
      node.putNull("span");
    } else {
      node.putArray("span").add(r.span().begin()).add(r.span().end());
    }
    node.put("prior", r.prior());
    return node;
  }

  /** The one-report event of a report that fusion has not reached. */
  private ObjectNode unfused(Report r, Map<String, String> sources) {
    ObjectNode node = json.createObjectNode();
    node.put("id", r.id());
    node.putArray("reports").add(r.id());
    node.put("date", r.date().iso());
    node.put("date_end", r.date().isoEnd());
    node.put("date_precision", r.date().precision() == null ? null : r.date().precision().code());
    node.put("event_type", r.eventType().label());
    node.put("sub_event_type", r.subEventType().label());
    node.set("actor1", ref(r.actor1()));
    node.set("actor2", ref(r.actor2()));
    node.set("location", location(r.location()));
    if (r.fatalities() == null) {
      node.putNull("fatalities");
    } else {
      int value = r.fatalities().value();
      node.putObject("fatalities").put("low", value).put("best", value).put("high", value);
    }
    ArrayNode claims = node.putArray("claims");
    for (ActorRef claimant : r.claimedBy()) {
      ObjectNode claim = claims.addObject();
      claim.set("actor", ref(claimant));
      claim.putArray("reports").add(r.id());
    }
    node.put("sources", 1);
    node.putArray("documents").add(sources.getOrDefault(r.documentId(), r.documentId()));
    node.put("retaliation_for", r.retaliationFor());
    node.putObject("disagreements");
    return node;
  }

  private ObjectNode event(Event e, Map<String, Report> reports, Map<String, String> sources) {
    ObjectNode node = json.createObjectNode();
    node.put("id", e.id());
    ArrayNode ids = node.putArray("reports");
    e.reportIds().forEach(ids::add);
    node.put("date", e.date().iso());
    node.put("date_end", e.date().isoEnd());
    node.put("date_precision", e.date().precision() == null ? null : e.date().precision().code());
    node.put("event_type", e.eventType().label());
    node.put("sub_event_type", e.subEventType().label());
    node.set("actor1", ref(e.actor1()));
    node.set("actor2", ref(e.actor2()));
    node.set("location", location(e.location()));
    if (e.fatalities() == null) {
      node.putNull("fatalities");
    } else {
      node.putObject("fatalities")
          .put("low", e.fatalities().low())
          .put("best", e.fatalities().best())
          .put("high", e.fatalities().high());
    }
    ArrayNode claims = node.putArray("claims");
    for (Event.Claim c : e.claims()) {
      ObjectNode claim = claims.addObject();
      claim.set("actor", ref(c.actor()));
      ArrayNode carriers = claim.putArray("reports");
      c.reportIds().forEach(carriers::add);
    }
    node.put("sources", e.sources());
    ArrayNode documents = node.putArray("documents");
    e.documentIds().forEach(d -> documents.add(sources.getOrDefault(d, d)));
    node.put("retaliation_for", e.retaliationFor());
    ObjectNode disagreements = node.putObject("disagreements");
    for (Event.Field field : e.disagreements()) {
      ObjectNode byReport = disagreements.putObject(field.code());
      for (String id : e.reportIds()) {
        Report r = reports.get(id);
        if (r != null) {
          byReport.set(id, json.valueToTree(EventFieldValues.of(field, r)));
        }
      }
    }
    return node;
  }

  private ObjectNode ref(ActorRef ref) {
    if (ref == null) {
      return null;
    }
    ObjectNode node = json.createObjectNode();
    node.put("id", ref.id());
    node.put("name", ref.name());
    return node;
  }

  private ArrayNode refs(List<ActorRef> refs) {
    ArrayNode array = json.createArrayNode();
    refs.stream().map(this::ref).forEach(array::add);
    return array;
  }

  private ObjectNode location(Location l) {
    if (l == null) {
      return null;
    }
    ObjectNode node = json.createObjectNode();
    node.put("name", l.name());
    node.put("country", l.country());
    node.put("admin1", l.admin1());
    node.put("lat", l.lat());
    node.put("lon", l.lon());
    node.put("precision", l.precision());
    node.put("geonames_id", l.geonamesId());
    return node;
  }

  private static void putCount(ObjectNode node, String field, Count count) {
    if (count == null) {
      node.putNull(field);
      node.putNull(field + "_qualifier");
    } else {
      node.put(field, count.value());
      node.put(field + "_qualifier", count.qualifier().code());
    }
  }

  private void write(Path file, List<ObjectNode> lines) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (ObjectNode line : lines) {
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
