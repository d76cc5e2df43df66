package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.FusionChange;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.store.SaveResult;
import org.sitrep.store.SqliteDocumentStore;

class JsonlExporterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final List<String> REPORT_FIELDS =
      List.of(
          "id",
          "event_id",
          "document",
          "evidence",
          "span",
          "date",
          "date_end",
          "date_precision",
          "date_after",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "assoc_actors",
          "location",
          "fatalities",
          "fatalities_qualifier",
          "injuries",
          "injuries_qualifier",
          "claimed_by",
          "modality",
          "retaliation_for",
          "confidence");

  @TempDir Path dir;
  private SqliteDocumentStore store;
  private final ObjectMapper json = new ObjectMapper();
  private String documentId;

  @BeforeEach
  void fill() {
    store = SqliteDocumentStore.open(dir.resolve("test.db"), CLOCK);
    byte[] bytes = "ISIS attacked Tehran. Nothing else.".getBytes(StandardCharsets.UTF_8);
    SaveResult saved =
        store.save(
            new CleanDocument(
                new RawInput("/corpus/a.txt", "a.txt", MediaType.PLAIN_TEXT, bytes),
                ContentHash.of(bytes),
                "UTF-8",
                new DocumentMetadata(null, "T", null, null),
                "en",
                "ISIS attacked Tehran. Nothing else."));
    documentId = saved.documentId();
    ActorRef is = new ActorRef("is", "Islamic State");
    Report full =
        new Report(
            documentId + "-1",
            documentId,
            "ISIS attacked Tehran.",
            new Span(0, 21),
            new EventDate("2017-06-07", null, DatePrecision.DAY, null),
            SubEventType.SUICIDE_BOMB,
            is,
            new ActorRef("iran", "Iran"),
            List.of(),
            new Location("Tehran", "Iran", null, 35.69, 51.39, 1, null),
            new Count(18, Count.Qualifier.AT_LEAST),
            null,
            List.of(is),
            Modality.CLAIMED,
            null,
            0.75);
    Report bare =
        new Report(
            documentId + "-2",
            documentId,
            "Nothing else.",
            new Span(22, 35),
            EventDate.UNKNOWN,
            SubEventType.OTHER,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            List.of(),
            Modality.ASSERTED,
            documentId + "-1",
            0.5);
    store.saveExtraction(
        documentId,
        1,
        List.of(bare, full),
        List.of(
            new Actor(
                "is", "Islamic State", ActorKind.REBEL_GROUP, null, List.of("ISIS", "Daesh"), null),
            new Actor("iran", "Iran", ActorKind.STATE, "IR", List.of(), null)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesEveryReportFieldAndNullsInsteadOfOmittingThem() throws Exception {
    List<Integer> counts = new JsonlExporter().export(store, dir.resolve("out"));
    assertThat(counts).containsExactly(1, 2, 2, 0, 2);
    List<JsonNode> reports = lines(dir.resolve("out/reports.jsonl"));
    assertThat(reports)
        .extracting(r -> r.get("id").asText())
        .containsExactly(documentId + "-1", documentId + "-2");
    for (JsonNode report : reports) {
      assertThat(names(report)).containsExactlyElementsOf(REPORT_FIELDS);
    }
    JsonNode full = reports.get(0);
    assertThat(full.get("event_id").asText()).isEqualTo(documentId + "-1");
    assertThat(full.get("document").asText()).isEqualTo("a.txt");
    assertThat(full.get("span").toString()).isEqualTo("[0,21]");
    assertThat(full.get("date_precision").asText()).isEqualTo("day");
    assertThat(full.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(full.get("sub_event_type").asText()).isEqualTo("Suicide bomb");
    assertThat(full.get("actor1").toString())
        .isEqualTo("{\"id\":\"is\",\"name\":\"Islamic State\"}");
    assertThat(full.get("location").toString())
        .isEqualTo(
            "{\"name\":\"Tehran\",\"country\":\"Iran\",\"admin1\":null,\"lat\":35.69,"
                + "\"lon\":51.39,\"precision\":1,\"geonames_id\":null}");
    assertThat(full.get("fatalities").asInt()).isEqualTo(18);
    assertThat(full.get("fatalities_qualifier").asText()).isEqualTo("at_least");
    assertThat(full.get("injuries").isNull()).isTrue();
    assertThat(full.get("claimed_by").toString())
        .isEqualTo("[{\"id\":\"is\",\"name\":\"Islamic State\"}]");
    assertThat(full.get("modality").asText()).isEqualTo("claimed");

    JsonNode bare = reports.get(1);
    for (String field :
        List.of(
            "date", "date_precision", "actor1", "actor2", "location", "fatalities", "injuries")) {
      assertThat(bare.get(field).isNull()).as(field).isTrue();
    }
    assertThat(bare.get("assoc_actors").toString()).isEqualTo("[]");
    assertThat(bare.get("claimed_by").toString()).isEqualTo("[]");
    assertThat(bare.get("retaliation_for").asText()).isEqualTo(documentId + "-1");
  }

  @Test
  void writesActorsWithTheirKindCodeAndSortedAliases() throws Exception {
    new JsonlExporter().export(store, dir.resolve("out"));
    List<JsonNode> actors = lines(dir.resolve("out/actors.jsonl"));
    assertThat(actors).extracting(a -> a.get("id").asText()).containsExactly("iran", "is");
    assertThat(names(actors.get(0))).startsWith("id", "name", "type", "country", "aliases");
    assertThat(actors.get(0).get("type").asText()).isEqualTo("state");
    assertThat(actors.get(0).get("aliases").toString()).isEqualTo("[]");
    assertThat(actors.get(1).get("type").asText()).isEqualTo("rebel group");
    assertThat(actors.get(1).get("country").isNull()).isTrue();
    assertThat(actors.get(1).get("aliases").toString()).isEqualTo("[\"Daesh\",\"ISIS\"]");
  }

  @Test
  void writesOneEventPerReportUntilFusionExists() throws Exception {
    new JsonlExporter().export(store, dir.resolve("out"));
    List<JsonNode> events = lines(dir.resolve("out/events.jsonl"));
    assertThat(events).hasSize(2);
    JsonNode event = events.get(0);
    assertThat(event.get("reports").toString()).isEqualTo("[\"" + documentId + "-1\"]");
    assertThat(event.get("fatalities").toString())
        .isEqualTo("{\"low\":18,\"best\":18,\"high\":18}");
    assertThat(event.get("claims").toString())
        .isEqualTo(
            "[{\"actor\":{\"id\":\"is\",\"name\":\"Islamic State\"},\"reports\":[\""
                + documentId
                + "-1\"]}]");
    assertThat(event.get("sources").asInt()).isEqualTo(1);
    assertThat(events.get(1).get("fatalities").isNull()).isTrue();
    assertThat(events.get(1).get("claims").toString()).isEqualTo("[]");
  }

  @Test
  void writesFusedEventsAndGivesEachReportItsEventsId() throws Exception {
    fuse();
    new JsonlExporter().export(store, dir.resolve("out"));
    List<JsonNode> events = lines(dir.resolve("out/events.jsonl"));
    List<JsonNode> reports = lines(dir.resolve("out/reports.jsonl"));

    assertThat(events)
        .extracting(e -> e.get("id").asText())
        .containsExactlyElementsOf(
            reports.stream().map(r -> r.get("event_id").asText()).sorted().toList());
    JsonNode bare =
        events.stream()
            .filter(e -> e.get("reports").get(0).asText().equals(documentId + "-2"))
            .findFirst()
            .orElseThrow();
    JsonNode full =
        events.stream()
            .filter(e -> e.get("reports").get(0).asText().equals(documentId + "-1"))
            .findFirst()
            .orElseThrow();
    assertThat(bare.get("retaliation_for").asText()).isEqualTo(full.get("id").asText());
    assertThat(full.get("id").asText()).startsWith("ev-");
    assertThat(full.get("documents").toString()).isEqualTo("[\"a.txt\"]");
    assertThat(full.get("fatalities").toString()).isEqualTo("{\"low\":18,\"best\":18,\"high\":18}");
  }

  @Test
  void writesAcledCsvWithAcledsColumnsOneRowPerEvent() throws Exception {
    fuse();
    Path file = dir.resolve("out/events.csv");

    int rows = new AcledCsvExporter().export(store, file);

    String csv = Files.readString(file);
    String[] lines = csv.split("\r\n", -1);
    assertThat(rows).isEqualTo(2);
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo(String.join(",", AcledCsvExporter.COLUMNS));
    assertThat(lines[3]).isEmpty();
    String full = lines[1].contains("Suicide bomb") ? lines[1] : lines[2];
    assertThat(full)
        .contains(",2017-06-07,2017,1,Political violence,Explosions/Remote violence,Suicide bomb,")
        .contains(",Islamic State,,2,Iran,,1,12,")
        .contains(",364,Middle East,Iran,,,,Tehran,35.69,51.39,1,a.txt,,")
        .contains(
            "On 2017-06-07: ISIS attacked Tehran. [a.txt] Claimed by Islamic State (1 report).")
        .containsPattern(",18,sources=1,\\d{10}$");
  }

  @Test
  void theAcledCsvParsesStrictlyWithFormulaCellsNeutralisedAndNoControlCharacters()
      throws Exception {
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
        var st = connection.createStatement()) {
      // A source named like a spreadsheet formula, with a vertical tab in it.
      st.execute(
          "UPDATE documents SET source = '=HYPERLINK(\"http://x.example\",\"a\")' || char(11)"
              + " || '.txt'");
    }
    fuse();
    Path file = dir.resolve("out/events.csv");
    new AcledCsvExporter().export(store, file);

    com.fasterxml.jackson.dataformat.csv.CsvMapper csv =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    csv.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
    csv.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var it =
        csv.readerFor(List.class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema())
            .<List<String>>readValues(file.toFile())) {
      it.forEachRemaining(rows::add);
    }

    assertThat(rows.get(0)).isEqualTo(AcledCsvExporter.COLUMNS);
    assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(31));
    int source = AcledCsvExporter.COLUMNS.indexOf("source");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row.get(source)).isEqualTo("'=HYPERLINK(\"http://x.example\",\"a\") .txt");
      for (String cell : row) {
        assertThat(cell.chars().noneMatch(Character::isISOControl)).as(cell).isTrue();
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
          assertThat(cell)
              .as("a cell that starts like a formula is a number")
              .matches("[-+]?[0-9.]+");
        }
      }
    }
  }

  @Test
  void quotesCsvFieldsAsRfc4180Says() {
    assertThat(AcledCsvExporter.quote("plain")).isEqualTo("plain");
    assertThat(AcledCsvExporter.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(AcledCsvExporter.quote("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(AcledCsvExporter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  private void fuse() {
    FusionChange change = new Fuser(Map.of()).update(store.reports(), List.of(), Map.of());
    store.saveFusion(change.removedEventIds(), change.events(), change.stamps());
  }

  @Test
  void writesRelationsOnlyWhenTheStoreHasSome() throws Exception {
    new JsonlExporter().export(store, dir.resolve("before"));
    assertThat(Files.readString(dir.resolve("before/relations.jsonl"))).isEmpty();
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
        var st = connection.createStatement()) {
      st.execute(
          "INSERT INTO relations VALUES ('rel-1', 'is', 'iran', 'adversary_of', '"
              + documentId
              + "', 'ISIS attacked Tehran.', 0, 21, 0)");
    }
    new JsonlExporter().export(store, dir.resolve("after"));
    assertThat(lines(dir.resolve("after/relations.jsonl")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("subject").toString())
                  .isEqualTo("{\"id\":\"is\",\"name\":\"Islamic State\"}");
              assertThat(r.get("object").get("name").asText()).isEqualTo("Iran");
              assertThat(r.get("relation").asText()).isEqualTo("adversary_of");
              assertThat(r.get("document").asText()).isEqualTo("a.txt");
              assertThat(r.get("evidence").asText()).isEqualTo("ISIS attacked Tehran.");
            });
  }

  @Test
  void twoExportsOfOneStoreAreByteIdentical() throws Exception {
    new JsonlExporter().export(store, dir.resolve("a"));
    new JsonlExporter().export(store, dir.resolve("b"));
    for (String file : JsonlExporter.FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }
}
