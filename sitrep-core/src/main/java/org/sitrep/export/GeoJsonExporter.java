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
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;

/**
 * Writes the store's events as one GeoJSON FeatureCollection ({@code events.geojson}, RFC 7946,
 * coordinates as [longitude, latitude]) for QGIS and web maps: one Point feature per event with a
 * point, its ACLED fields as properties. Events known only as a country, or not placed at all, have
 * no point and are left out; {@link #export} says how many. Features are sorted by event id, so two
 * exports of one store are byte-identical.
 */
public final class GeoJsonExporter {
  /** The file it writes. */
  public static final String FILE = "events.geojson";

  private final ObjectMapper json =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /**
   * One event as the map shows it.
   *
   * @param id the event's id
   * @param reports the ids of its reports
   * @param report the report whose fields it shows
   * @param sources the number of distinct documents
   */
  public record MappedEvent(String id, List<String> reports, Report report, int sources) {
    public MappedEvent {
      reports = List.copyOf(reports);
    }
  }

  /** What an export wrote: features, and events left out for want of a point. */
  public record Written(int features, int withoutPoint) {}

  /**
   * Writes the events of {@code store} to {@code directory}/{@value #FILE}, creating the folder if
   * needed and replacing an earlier file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public Written export(DocumentStore store, Path directory) {
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    int withoutPoint = 0;
    for (MappedEvent e : events(store)) {
      Location l = e.report().location();
      if (l == null || l.lat() == null || l.lon() == null) {
        withoutPoint++;
      } else {
        features.add(feature(e, l));
      }
    }
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(FILE);
      Path partial = file.resolveSibling(FILE + ".partial");
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(collection));
        out.write('\n');
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot export to " + directory, ex);
    }
    return new Written(features.size(), withoutPoint);
  }

  /**
   * The events to map, sorted by id. Until fusion joins reports, every report is its own event, as
   * in the JSON Lines export's events.jsonl; this is the one place to point at fused events.
   */
  static List<MappedEvent> events(DocumentStore store) {
    return store.reports().stream()
        .sorted(Comparator.comparing(Report::id))
        .map(r -> new MappedEvent(r.id(), List.of(r.id()), r, 1))
        .toList();
  }

  private ObjectNode feature(MappedEvent e, Location l) {
    ObjectNode feature = json.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", e.id());
    ObjectNode geometry = feature.putObject("geometry");
    geometry.put("type", "Point");
    geometry.putArray("coordinates").add(l.lon()).add(l.lat());
    Report r = e.report();
    ObjectNode p = feature.putObject("properties");
    p.put("id", e.id());
    p.put("date", r.date().iso());
    p.put("event_type", r.eventType().label());
    p.put("sub_event_type", r.subEventType().label());
    p.put("actor1", name(r.actor1()));
    p.put("actor2", name(r.actor2()));
    p.put("location", l.name());
    p.put("country", l.country());
    p.put("admin1", l.admin1());
    p.put("geo_precision", l.precision());
    p.put("geonames_id", l.geonamesId());
    p.put("fatalities", r.fatalities() == null ? null : r.fatalities().value());
    p.put("sources", e.sources());
    ArrayNode reports = p.putArray("reports");
    e.reports().forEach(reports::add);
    return feature;
  }

  private static String name(ActorRef ref) {
    return ref == null ? null : ref.name();
  }
}
