package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI file against the real server: every path answers as its schema says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {
  private SitrepServer server;
  private Http http;
  private JsonNode spec;

  @BeforeAll
  void start() throws Exception {
    server = SitrepServer.start(DemoStore.path(), ServerOptions.defaults());
    http = new Http(server.url());
    spec = http.get("/api/v1/openapi.json").json();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** Real values for the path parameters of the demo store. */
  private Map<String, String> examples() {
    JsonNode fused = http.get("/api/v1/events?min_sources=2").json().get("items").get(0);
    return Map.of(
        "/api/v1/events/{id}", "/api/v1/events/" + fused.get("id").asText(),
        "/api/v1/actors/{id}", "/api/v1/actors/iskp",
        "/api/v1/documents/{id}", "/api/v1/documents/" + fused.get("document_ids").get(0).asText());
  }

  @Test
  void everyGetPathAnswersWithItsDocumentedShape() {
    Map<String, String> examples = examples();
    SchemaCheck check = new SchemaCheck(spec);
    List<String> checked = new ArrayList<>();
    spec.get("paths")
        .fields()
        .forEachRemaining(
            p -> {
              JsonNode get = p.getValue().get("get");
              if (get == null) {
                return;
              }
              String path = examples.getOrDefault(p.getKey(), p.getKey());
              if (p.getKey().equals("/api/v1/search")) {
                path += "?q=attack";
              }
              Http.Response r = http.get(path);
              assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
              JsonNode schema =
                  get.get("responses")
                      .get("200")
                      .get("content")
                      .get("application/json")
                      .get("schema");
              assertThat(check.check(r.json(), schema)).as(path).isEmpty();
              checked.add(p.getKey());
            });
    assertThat(checked).contains("/api/v1/events", "/api/v1/events/{id}", "/api/v1/stats");
    assertThat(checked).hasSize(spec.get("paths").size() - 1);
  }

  @Test
  void listItemsAndFilteredResponsesConformToo() {
    SchemaCheck check = new SchemaCheck(spec);
    JsonNode page = spec.at("/components/schemas/EventPage");
    for (String query :
        List.of("?limit=500", "?min_sources=2", "?sort=fatalities&limit=3", "?q=explosions")) {
      assertThat(check.check(http.get("/api/v1/events" + query).json(), page)).as(query).isEmpty();
    }
    JsonNode detail = spec.at("/components/schemas/EventDetail");
    for (JsonNode e : http.get("/api/v1/events?limit=500").json().get("items")) {
      String id = e.get("id").asText();
      assertThat(check.check(http.get("/api/v1/events/" + id).json(), detail)).as(id).isEmpty();
    }
    JsonNode actor = spec.at("/components/schemas/ActorDetail");
    for (JsonNode a : http.get("/api/v1/actors?limit=500").json().get("items")) {
      String id =
          java.net.URLEncoder.encode(a.get("id").asText(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(check.check(http.get("/api/v1/actors/" + id).json(), actor)).as(id).isEmpty();
    }
  }

  @Test
  void everyDocumentedErrorIsTheErrorShape() {
    SchemaCheck check = new SchemaCheck(spec);
    JsonNode error = spec.at("/components/schemas/Error");
    for (String path :
        List.of("/api/v1/events?limit=0", "/api/v1/events/nope", "/api/v1/search", "/api/v1/x")) {
      assertThat(check.check(http.get(path).json(), error)).as(path).isEmpty();
    }
    Http.Response post = http.post("/api/v1/documents", "{}", Map.of());
    assertThat(post.status()).isEqualTo(403);
    assertThat(check.check(post.json(), error)).isEmpty();
  }
}
