package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.BatchFuse;
import org.sitrep.store.SqliteDocumentStore;

class GeoJsonExporterTest {
  @TempDir Path dir;

  @Test
  void writesOnePointFeaturePerEventWithAPointLongitudeFirst() throws Exception {
    try (SqliteDocumentStore store =
        SqliteDocumentStore.open(
            dir.resolve("t.db"),
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC))) {
      String text = "ISIS attacked Kerman. Troops went to Iraq.";
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      String doc =
          store
              .save(
                  new CleanDocument(
                      new RawInput("/c/a.txt", "a.txt", MediaType.PLAIN_TEXT, bytes),
                      ContentHash.of(bytes),
                      "UTF-8",
                      new DocumentMetadata(null, "T", null, null),
                      "en",
                      text))
              .documentId();
      Location kerman = new Location("Kerman", "Iran", "Kerman", 30.2832, 57.0788, 1, 128234L);
      Location iraq = new Location("Iraq", "Iraq", null, null, null, null, null);
      store.saveExtraction(
          doc,
          1,
          List.of(report(doc + "-1", doc, kerman), report(doc + "-2", doc, iraq)),
          List.of());
      new BatchFuse(store).run();

      GeoJsonExporter.Written written = new GeoJsonExporter().export(store, dir.resolve("out"));

      assertThat(written).isEqualTo(new GeoJsonExporter.Written(1, 1));
      JsonNode collection =
          new ObjectMapper().readTree(Files.readString(dir.resolve("out/events.geojson")));
      assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
      JsonNode feature = collection.path("features").get(0);
      assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
      assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(57.0788);
      assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(30.2832);
      JsonNode p = feature.path("properties");
      assertThat(p.path("location").asText()).isEqualTo("Kerman");
      assertThat(p.path("geo_precision").asInt()).isEqualTo(1);
      assertThat(p.path("geonames_id").asLong()).isEqualTo(128234L);
      assertThat(p.path("fatalities").asInt()).isEqualTo(91);
      assertThat(p.path("fatalities_low").asInt()).isEqualTo(91);
      assertThat(p.path("sources").asInt()).isEqualTo(1);
      assertThat(p.path("actor1").asText()).isEqualTo("Islamic State");
      // ACLED's column names, every one of them, so that a QGIS style for ACLED data applies.
      for (String column : AcledCsvExporter.COLUMNS) {
        assertThat(p.has(column)).as(column).isTrue();
      }
      assertThat(p.path("event_id_cnty").asText()).isEqualTo(feature.path("id").asText());
      assertThat(p.path("iso").isNumber()).isTrue();
      assertThat(p.path("iso").asInt()).isEqualTo(364);
      assertThat(p.path("region").asText()).isEqualTo("Middle East");
      assertThat(p.path("latitude").asDouble()).isEqualTo(30.2832);
    }
  }

  private static Report report(String id, String doc, Location location) {
    return new Report(
        id,
        doc,
        "ISIS attacked Kerman.",
        new Span(0, 21),
        EventDate.UNKNOWN,
        SubEventType.SUICIDE_BOMB,
        new ActorRef("is", "Islamic State"),
        null,
        List.of(),
        location,
        new Count(91, Count.Qualifier.AT_LEAST),
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.7);
  }
}
