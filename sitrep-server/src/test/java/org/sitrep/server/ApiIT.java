package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over the demo store, through HTTP: every endpoint, filter, page and error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {
  private SitrepServer server;
  private Http http;
  private List<JsonNode> all;

  @BeforeAll
  void start() throws Exception {
    server = SitrepServer.start(DemoStore.path(), ServerOptions.defaults());
    http = new Http(server.url() + "/api/v1");
    all = items(http.get("/events?limit=500").json());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static List<JsonNode> items(JsonNode page) {
    List<JsonNode> out = new ArrayList<>();
    page.get("items").forEach(out::add);
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private List<JsonNode> events(String query) {
    Http.Response r = http.get("/events?limit=500&" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("total").asInt()).isEqualTo(r.json().get("items").size());
    return items(r.json());
  }

  @Test
  void theDemoStoreHasEventsAndTheListCountsThem() {
    assertThat(all).hasSizeGreaterThan(20);
    JsonNode first = http.get("/events").json();
    assertThat(first.get("total").asInt()).isEqualTo(all.size());
    assertThat(first.get("limit").asInt()).isEqualTo(EventsApi.DEFAULT_LIMIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-date", "date", "fatalities", "-fatalities", "sources", "-sources", "id"})
  void cursorPagesGiveEveryEventOnceInSortOrder(String sort) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String path = "/events?limit=7&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor);
      JsonNode page = http.get(path).json();
      page.get("items").forEach(e -> seen.add(e.get("id").asText()));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(7);
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
      pages++;
    } while (cursor != null && pages < 100);
    assertThat(seen).doesNotHaveDuplicates().hasSize(all.size());
    List<String> inOneGo = new ArrayList<>();
    http.get("/events?limit=500&sort=" + sort)
        .json()
        .get("items")
        .forEach(e -> inOneGo.add(e.get("id").asText()));
    assertThat(seen).isEqualTo(inOneGo);
  }

  @Test
  void latestFirstIsTheDefaultOrder() {
    List<String> dates = new ArrayList<>();
    for (JsonNode e : all) {
      String d = e.get("date").isNull() ? "" : e.get("date").asText();
      dates.add(d.startsWith("--") ? "" : d);
    }
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertThat(dates).isEqualTo(sorted);
  }

  @Test
  void aCursorIsRefusedWithOtherFilters() {
    String cursor = http.get("/events?limit=2").json().get("next_cursor").asText();
    Http.Response r = http.get("/events?limit=2&country=Iran&cursor=" + cursor);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("parameter").asText()).isEqualTo("cursor");
  }

  @Test
  void minSourcesTwoGivesTheEventTwoArticlesReport() {
    List<JsonNode> fused = events("min_sources=2");
    assertThat(fused).hasSize(1);
    assertThat(fused.get(0).get("location").get("name").asText()).isEqualTo("Kerman");
    assertThat(fused.get(0).get("sources").asInt()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
    "2024,2024-01-01,2024-12-31",
    "2024-01,2024-01-01,2024-01-31",
    "2024-01-03,2024-01-03,2024-01-03"
  })
  void aDateFilterTakesAYearAMonthOrADay(String period, String first, String last) {
    List<JsonNode> selected = events("date=" + period);
    assertThat(selected).isNotEmpty();
    for (JsonNode e : selected) {
      String d = e.get("date").asText();
      // A partial date passes when any of its days falls in the period.
      String lo = d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
      String hi = d.length() == 4 ? d + "-12-31" : d.length() == 7 ? d + "-31" : d;
      assertThat(hi.compareTo(first)).isGreaterThanOrEqualTo(0);
      assertThat(lo.compareTo(last)).isLessThanOrEqualTo(0);
    }
    assertThat(events("from=" + period + "&to=" + period)).hasSameSizeAs(selected);
  }

  @Test
  void fromAndToBoundTheRange() {
    List<JsonNode> before = events("to=2023");
    List<JsonNode> after = events("from=2024");
    assertThat(before).isNotEmpty();
    assertThat(after).isNotEmpty();
    before.forEach(e -> assertThat(e.get("date").asText().substring(0, 4)).isLessThan("2024"));
    after.forEach(e -> assertThat(e.get("date").asText().substring(0, 4)).isEqualTo("2024"));
  }

  @Test
  void countryAndAdmin1FiltersIgnoreCase() {
    List<JsonNode> iran = events("country=iran");
    assertThat(iran).isNotEmpty();
    iran.forEach(e -> assertThat(e.get("location").get("country").asText()).isEqualTo("Iran"));
    List<JsonNode> kerman = events("admin1=KERMAN");
    assertThat(kerman).isNotEmpty();
    kerman.forEach(e -> assertThat(e.get("location").get("admin1").asText()).isEqualTo("Kerman"));
  }

  @Test
  void theActorFilterFindsAnActorByAnyAlias() {
    JsonNode actor = http.get("/actors/iskp").json();
    assertThat(actor.get("aliases").toString()).contains("Wilayat Khorasan");
    List<JsonNode> byAlias = events("actor=" + enc("wilayat khorasan"));
    List<JsonNode> byId = events("actor=iskp");
    assertThat(byAlias).isNotEmpty();
    assertThat(ids(byAlias)).isEqualTo(ids(byId));
    for (JsonNode e : byAlias) {
      assertThat(http.get("/events/" + e.get("id").asText()).body()).contains("\"iskp\"");
    }
  }

  @Test
  void typeAndSubTypeFilters() {
    List<JsonNode> explosions = events("type=" + enc("Explosions/Remote violence"));
    assertThat(explosions).isNotEmpty();
    explosions.forEach(
        e -> assertThat(e.get("event_type").asText()).isEqualTo("Explosions/Remote violence"));
    List<JsonNode> strikes = events("sub_type=" + enc("air/drone strike"));
    assertThat(strikes).isNotEmpty();
    strikes.forEach(
        e -> assertThat(e.get("sub_event_type").asText()).isEqualTo("Air/drone strike"));
    assertThat(explosions.size()).isGreaterThan(strikes.size());
  }

  @Test
  void aBoundingBoxKeepsEventsWithAPointInside() {
    List<JsonNode> inBox = events("bbox=56,29,58,31");
    assertThat(inBox).isNotEmpty();
    for (JsonNode e : inBox) {
      double lon = e.get("location").get("lon").asDouble();
      double lat = e.get("location").get("lat").asDouble();
      assertThat(lon).isBetween(56.0, 58.0);
      assertThat(lat).isBetween(29.0, 31.0);
    }
    assertThat(inBox.size()).isLessThan(all.size());
  }

  @Test
  void theTextFilterSearchesTheEvidence() {
    List<JsonNode> found = events("q=explosions");
    assertThat(found).isNotEmpty().hasSizeLessThan(all.size());
    for (JsonNode e : found) {
      JsonNode detail = http.get("/events/" + e.get("id").asText()).json();
      boolean any = false;
      for (JsonNode r : detail.get("reports")) {
        any |= r.get("evidence").asText().toLowerCase(Locale.ROOT).contains("explosion");
      }
      assertThat(any).as(e.get("id").asText()).isTrue();
    }
  }

  @Test
  void filtersCombine() {
    List<JsonNode> both = events("country=Iran&type=" + enc("Explosions/Remote violence"));
    Set<String> iran = ids(events("country=Iran"));
    Set<String> explosions = ids(events("type=" + enc("Explosions/Remote violence")));
    iran.retainAll(explosions);
    assertThat(ids(both)).isEqualTo(iran);
  }

  private static Set<String> ids(List<JsonNode> events) {
    Set<String> ids = new HashSet<>();
    events.forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  @ParameterizedTest
  @CsvSource({
    "from,2024-13",
    "to,yesterday",
    "date,2024-02-30",
    "type,Skirmish",
    "sub_type,Duel",
    "min_sources,0",
    "min_sources,two",
    "bbox,1;2;3",
    "bbox,a;b;c;d",
    "sort,size",
    "limit,0",
    "limit,501",
    "cursor,not-a-cursor",
    "format,xml",
    "q,!!!"
  })
  void aBadFilterIs400NamingTheParameter(String parameter, String value) {
    Http.Response r = http.get("/events?" + parameter + "=" + enc(value.replace(';', ',')));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.json().get("error").asText()).isEqualTo("bad_parameter");
    assertThat(r.json().get("parameter").asText()).isEqualTo(parameter);
    assertThat(r.json().get("detail").asText()).startsWith(parameter);
  }

  @Test
  void geoJsonGivesTheSameSelectionWithPoints() {
    Http.Response viaParam = http.get("/events?format=geojson&country=Iran");
    Http.Response viaAccept =
        http.get("/events?country=Iran", Map.of("Accept", "application/geo+json"));
    assertThat(viaParam.status()).isEqualTo(200);
    assertThat(viaParam.header("Content-Type")).startsWith("application/geo+json");
    assertThat(viaAccept.body()).isEqualTo(viaParam.body());
    JsonNode collection = viaParam.json();
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    Set<String> withPoint = new HashSet<>();
    for (JsonNode e : events("country=Iran")) {
      if (!e.get("location").get("lat").isNull()) {
        withPoint.add(e.get("id").asText());
      }
    }
    Set<String> features = new HashSet<>();
    collection.get("features").forEach(f -> features.add(f.get("id").asText()));
    assertThat(features).isNotEmpty().isEqualTo(withPoint);
  }

  @Test
  void acledCsvGivesTheSameSelectionAsRows() {
    Http.Response csv = http.get("/events?format=acled-csv&country=Iran&sort=id");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,time_precision,");
    List<String> rowIds = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("ev-")) {
        rowIds.add(line.substring(0, line.indexOf(',')));
      }
    }
    List<String> expected = new ArrayList<>();
    events("country=Iran&sort=id").forEach(e -> expected.add(e.get("id").asText()));
    assertThat(rowIds).isEqualTo(expected);
  }

  @Test
  void anEventShowsItsReportsWithEvidenceAtTheirSpans() {
    JsonNode fused = events("min_sources=2").get(0);
    JsonNode e = http.get("/events/" + fused.get("id").asText()).json();
    assertThat(e.get("reports")).hasSize(2);
    for (JsonNode r : e.get("reports")) {
      JsonNode doc = http.get("/documents/" + r.get("document_id").asText()).json();
      String text = doc.get("text").asText();
      int begin = r.get("span").get("begin").asInt();
      int end = r.get("span").get("end").asInt();
      assertThat(text.substring(begin, end)).isEqualTo(r.get("evidence").asText());
      assertThat(r.get("document_title").asText()).isEqualTo(doc.get("title").asText());
    }
    JsonNode f = e.get("fatalities");
    assertThat(f.get("low").asInt()).isLessThanOrEqualTo(f.get("best").asInt());
    assertThat(f.get("best").asInt()).isLessThanOrEqualTo(f.get("high").asInt());
    assertThat(e.get("claims")).isNotEmpty();
    List<String> fields = new ArrayList<>();
    e.get("disagreements").forEach(d -> fields.add(d.asText()));
    assertThat(fields).contains("location");
    List<String> shown = new ArrayList<>();
    for (JsonNode d : e.get("disagreement_values")) {
      shown.add(d.get("field").asText());
      assertThat(d.get("values").size()).isGreaterThanOrEqualTo(2);
      for (JsonNode v : d.get("values")) {
        assertThat(v.get("report_ids")).isNotEmpty();
      }
    }
    assertThat(shown).isEqualTo(fields);
  }

  @Test
  void theRetaliationChainRunsBothWays() {
    JsonNode answering = null;
    for (JsonNode e : all) {
      if (!e.get("retaliation_for").isNull()) {
        answering = e;
      }
    }
    assertThat(answering).as("the demo has a retaliation").isNotNull();
    String earlierId = answering.get("retaliation_for").asText();
    JsonNode detail = http.get("/events/" + answering.get("id").asText()).json();
    assertThat(detail.get("retaliation").get("answers").get(0).get("id").asText())
        .isEqualTo(earlierId);
    JsonNode earlier = http.get("/events/" + earlierId).json();
    List<String> answeredBy = new ArrayList<>();
    earlier
        .get("retaliation")
        .get("answered_by")
        .forEach(a -> answeredBy.add(a.get("id").asText()));
    assertThat(answeredBy).contains(answering.get("id").asText());
  }

  @Test
  void actorsArePagedMostActiveFirst() {
    JsonNode first = http.get("/actors?limit=5").json();
    assertThat(first.get("items")).hasSize(5);
    int previous = Integer.MAX_VALUE;
    for (JsonNode a : first.get("items")) {
      assertThat(a.get("events").asInt()).isLessThanOrEqualTo(previous);
      previous = a.get("events").asInt();
    }
    JsonNode second =
        http.get("/actors?limit=5&cursor=" + first.get("next_cursor").asText()).json();
    Set<String> ids = new HashSet<>();
    first.get("items").forEach(a -> ids.add(a.get("id").asText()));
    second.get("items").forEach(a -> assertThat(ids.add(a.get("id").asText())).isTrue());
    JsonNode searched = http.get("/actors?q=" + enc("khorasan")).json();
    assertThat(searched.get("items").toString()).contains("\"iskp\"");
    JsonNode rebels = http.get("/actors?kind=" + enc("rebel group")).json();
    rebels.get("items").forEach(a -> assertThat(a.get("kind").asText()).isEqualTo("rebel group"));
    assertThat(http.get("/actors?kind=wizards").status()).isEqualTo(400);
  }

  @Test
  void anActorShowsRelationsWithEvidenceCoActorsAndEventsInTimeOrder() {
    JsonNode a = http.get("/actors/iskp").json();
    assertThat(a.get("kind").asText()).isEqualTo("rebel group");
    assertThat(a.get("relations")).isNotEmpty();
    for (JsonNode r : a.get("relations")) {
      if (!r.get("prior").asBoolean()) {
        String text =
            http.get("/documents/" + r.get("document_id").asText()).json().get("text").asText();
        JsonNode span = r.get("span");
        assertThat(text.substring(span.get("begin").asInt(), span.get("end").asInt()))
            .isEqualTo(r.get("evidence").asText());
      }
    }
    assertThat(a.get("co_actors")).isNotEmpty();
    List<String> dates = new ArrayList<>();
    a.get("event_list").forEach(e -> dates.add(e.get("date").asText()));
    assertThat(dates).isSorted().hasSize(a.get("events").asInt());
  }

  @Test
  void theNetworkAroundAnActorHasOnlyItsNeighbours() {
    JsonNode whole = http.get("/network").json();
    JsonNode around = http.get("/network?actor=iskp&depth=1").json();
    assertThat(around.get("nodes").size()).isLessThan(whole.get("nodes").size());
    Set<String> neighbours = new HashSet<>();
    for (JsonNode e : around.get("edges")) {
      if (e.get("source").asText().equals("iskp")) {
        neighbours.add(e.get("target").asText());
      } else if (e.get("target").asText().equals("iskp")) {
        neighbours.add(e.get("source").asText());
      }
      assertThat(e.get("weight").asDouble()).isPositive();
    }
    around
        .get("nodes")
        .forEach(
            n -> {
              String id = n.get("id").asText();
              assertThat(id.equals("iskp") || neighbours.contains(id)).as(id).isTrue();
            });
    JsonNode small = http.get("/network?max_nodes=3").json();
    assertThat(small.get("nodes")).hasSize(3);
    assertThat(small.get("truncated").asBoolean()).isTrue();
    JsonNode ranged = http.get("/network?from=2024-01&to=2024-01").json();
    assertThat(ranged.get("edges").size()).isLessThanOrEqualTo(whole.get("edges").size());
    assertThat(http.get("/network?actor=nobody").status()).isEqualTo(404);
    assertThat(http.get("/network?depth=9").status()).isEqualTo(400);
  }

  @Test
  void aDocumentHasItsTextAndTheSpansReportsUsed() {
    JsonNode e = http.get("/events/" + all.get(0).get("id").asText()).json();
    String documentId = e.get("reports").get(0).get("document_id").asText();
    JsonNode doc = http.get("/documents/" + documentId).json();
    assertThat(doc.get("id").asText()).isEqualTo(documentId);
    String text = doc.get("text").asText();
    assertThat(doc.get("spans")).isNotEmpty();
    for (JsonNode s : doc.get("spans")) {
      assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
      if (s.get("kind").asText().equals("report")) {
        assertThat(s.get("event_id").isNull()).isFalse();
      }
    }
  }

  @Test
  void searchFindsDocumentsAndEvidenceSentences() {
    JsonNode r = http.get("/search?q=" + enc("explosions")).json();
    assertThat(r.get("documents")).isNotEmpty();
    assertThat(r.get("evidence")).isNotEmpty();
    for (JsonNode hit : r.get("evidence")) {
      assertThat(hit.get("sentence").asText().toLowerCase(Locale.ROOT)).contains("explosion");
      assertThat(hit.get("event_id").isNull()).isFalse();
    }
    JsonNode prefix = http.get("/search?q=" + enc("explo*")).json();
    assertThat(prefix.get("evidence").size()).isGreaterThanOrEqualTo(r.get("evidence").size());
    assertThat(http.get("/search").status()).isEqualTo(400);
    assertThat(http.get("/search?q=" + enc("***")).status()).isEqualTo(400);
    assertThat(http.get("/search?q=zzzqqqxxy").json().get("documents")).isEmpty();
  }

  @Test
  void statsCountTheSelection() {
    JsonNode s = http.get("/stats").json();
    assertThat(s.get("events").asInt()).isEqualTo(all.size());
    int sum = 0;
    for (JsonNode t : s.get("by_type")) {
      sum += t.get("count").asInt();
    }
    assertThat(sum).isEqualTo(all.size());
    assertThat(s.get("by_month")).isNotEmpty();
    assertThat(s.get("by_day_type")).isNotEmpty();
    JsonNode iran = http.get("/stats?country=Iran").json();
    assertThat(iran.get("events").asInt()).isEqualTo(events("country=Iran").size());
    assertThat(iran.get("by_country")).hasSize(1);
    assertThat(http.get("/stats?from=never").status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/events/nope", "/actors/nope", "/documents/nope", "/nothing/here"})
  void aMissingThingIsAJson404(String path) {
    Http.Response r = http.get(path);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("error").asText()).isEqualTo("not_found");
    assertThat(r.json().has("detail")).isTrue();
  }

  @Test
  void aWrongMethodIsAJson405() {
    Http.Response r =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url() + "/api/v1/events"))
                .DELETE()
                .build());
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.json().get("error").asText()).isEqualTo("method_not_allowed");
  }

  @Test
  void theOpenApiFileIsServed() {
    Http.Response r = http.get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("openapi").asText()).startsWith("3.");
  }

  @Test
  void thePageFolderIsServedAtTheRoot() {
    // Whichever file the page's build put there: its index, or the folder's placeholder.
    String file =
        SitrepServer.class.getResource(SitrepServer.WEB + "/index.html") != null
            ? "/index.html"
            : "/README.txt";
    Http.Response r = new Http(server.url()).get(file);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).doesNotStartWith("application/json");
  }
}
