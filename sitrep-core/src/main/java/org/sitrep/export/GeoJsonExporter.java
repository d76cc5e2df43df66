package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.DocumentStore;

/**
 * Writes the store's fused events as one GeoJSON FeatureCollection ({@code events.geojson}, RFC
 * 7946, coordinates as [longitude, latitude]) for QGIS and web maps: one Point feature per event
 * with a point, its ACLED fields as properties. Events known only as a country, or not placed at
 * all, have no point and are left out; {@link #export} says how many. Features are sorted by event
 * id, so two exports of one store are byte-identical.
 */
public final class GeoJsonExporter {
  /** The file it writes. */
  public static final String FILE = "events.geojson";

  private final ObjectMapper json =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** What an export wrote: features, and events left out for want of a point. */
  public record Written(int features, int withoutPoint) {}

  /**
   * Writes the events of {@code store} to {@code directory}/{@value #FILE}, creating the folder if
   * needed and replacing an earlier file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public Written export(DocumentStore store, Path directory) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(FILE);
      Path partial = file.resolveSibling(FILE + ".partial");
      Written written;
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        List<Event> events =
            store.events().stream().sorted(Comparator.comparing(Event::id)).toList();
        written = write(events, AcledCsvExporter.Lookup.of(store), out);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot export to " + directory, ex);
    }
  }

  /**
   * Writes {@code events}, in their order, as one FeatureCollection to {@code out} (left open): the
   * export's format for any selection of events, such as the server's; {@code lookup} gives their
   * ACLED columns.
   *
   * @throws IOException when {@code out} fails
   */
  public Written write(List<Event> events, AcledCsvExporter.Lookup lookup, Writer out)
      throws IOException {
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    int withoutPoint = 0;
    Map<String, List<String>> acled = AcledCsvExporter.rows(events, lookup);
    for (Event e : events) {
      Location l = e.location();
      if (l == null || l.lat() == null || l.lon() == null) {
        withoutPoint++;
      } else {
        features.add(feature(e, l, acled.get(e.id())));
      }
    }
    out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(collection));
    out.write('\n');
    return new Written(features.size(), withoutPoint);
  }

  /** ACLED's columns that hold numbers, written as JSON numbers so that styles can compare them. */
  private static final Set<String> NUMERIC =
      Set.of(
          "year",
          "time_precision",
          "inter1",
          "inter2",
          "interaction",
          "iso",
          "latitude",
          "longitude",
          "geo_precision",
          "fatalities",
          "timestamp");

  private ObjectNode feature(Event e, Location l, List<String> acled) {
    ObjectNode feature = json.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", e.id());
    ObjectNode geometry = feature.putObject("geometry");
    geometry.put("type", "Point");
    geometry.putArray("coordinates").add(l.lon()).add(l.lat());
    ObjectNode p = feature.putObject("properties");
    // ACLED's columns under ACLED's names first, so that a style made for ACLED data applies.
    for (int i = 0; i < AcledCsvExporter.COLUMNS.size(); i++) {
      String column = AcledCsvExporter.COLUMNS.get(i);
      String value = acled == null ? "" : acled.get(i);
      if (value.isEmpty()) {
        p.putNull(column);
      } else if (NUMERIC.contains(column)) {
        p.put(column, new java.math.BigDecimal(value));
      } else {
        p.put(column, value);
      }
    }
    // Sitrep's own fields beside them.
    p.put("id", e.id());
    p.put("date", e.date().iso());
    p.put("date_precision", e.date().precision() == null ? null : e.date().precision().code());
    p.put("geonames_id", l.geonamesId());
    Event.Fatalities f = e.fatalities();
    p.put("fatalities_low", f == null ? null : f.low());
    p.put("fatalities_high", f == null ? null : f.high());
    ArrayNode claims = p.putArray("claimed_by");
    e.claims().forEach(c -> claims.add(c.actor().name()));
    p.put("sources", e.sources());
    ArrayNode reports = p.putArray("reports");
    e.reportIds().forEach(reports::add);
    return feature;
  }

  private static String name(ActorRef ref) {
    return ref == null ? null : ref.name();
  }
}
