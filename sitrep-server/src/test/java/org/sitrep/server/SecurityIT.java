package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile reads: SQL injection in every filter, path traversal, markup in stored text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {
  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "x'; DROP TABLE events; --",
          "1) UNION SELECT id, text FROM document_versions --",
          "\" OR \"\"=\"",
          "Iran' --",
          "NEAR(a b) OR text:*",
          "%' OR 1=1 OR '%'='");

  private SitrepServer server;
  private Http http;
  private int total;

  @BeforeAll
  void start() throws Exception {
    server = SitrepServer.start(DemoStore.path(), ServerOptions.defaults());
    http = new Http(server.url() + "/api/v1");
    total = http.get("/events?limit=1").json().get("total").asInt();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "from",
        "to",
        "date",
        "country",
        "admin1",
        "actor",
        "type",
        "sub_type",
        "min_sources",
        "bbox",
        "q",
        "sort",
        "limit",
        "cursor",
        "format"
      })
  void sqlInjectionInAnyEventFilterIsRefusedOrMatchesNothing(String parameter) {
    for (String attack : INJECTIONS) {
      for (String path : List.of("/events", "/stats")) {
        Http.Response r = http.get(path + "?" + parameter + "=" + enc(attack));
        assertThat(r.status()).as(parameter + "=" + attack + ": " + r.body()).isIn(200, 400);
        JsonNode body = r.json();
        if (r.status() == 400) {
          assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        } else if (path.equals("/events")) {
          // A value that parses as a filter can only narrow the selection, never widen it.
          assertThat(body.get("total").asInt()).isLessThan(total);
        }
      }
    }
    assertThat(http.get("/events?limit=1").json().get("total").asInt()).isEqualTo(total);
  }

  @Test
  void sqlInjectionInSearchActorsAndNetworkIsHarmless() {
    for (String attack : INJECTIONS) {
      Http.Response search = http.get("/search?q=" + enc(attack));
      assertThat(search.status()).as(attack).isIn(200, 400);
      if (search.status() == 200) {
        // Each word is searched as a quoted phrase: the operators are words, the quotes are gone.
        search.json().get("documents").forEach(d -> assertThat(d.has("id")).isTrue());
      }
      Http.Response actors = http.get("/actors?q=" + enc(attack));
      assertThat(actors.status()).isEqualTo(200);
      assertThat(actors.json().get("items")).isEmpty();
      assertThat(http.get("/network?actor=" + enc(attack)).status()).isEqualTo(404);
      assertThat(http.get("/events/" + enc(attack)).status()).isEqualTo(404);
      assertThat(http.get("/documents/" + enc(attack)).status()).isEqualTo(404);
    }
    assertThat(http.get("/events?limit=1").json().get("total").asInt()).isEqualTo(total);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/events/", "/actors/", "/documents/"})
  void pathTraversalInAPathParameterFindsNothing(String prefix) {
    for (String attack :
        List.of(
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2fpom.xml", "..%5C..%5Cpom.xml", "%252e%252e%252fpom.xml")) {
      Http.Response r = http.get(prefix + attack);
      assertThat(r.status()).as(prefix + attack).isIn(400, 404);
      assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void pathTraversalOutOfThePageFolderIsRefused() throws Exception {
    for (String attack :
        List.of(
            "/../openapi.json",
            "/../SitrepServer.class",
            "/%2e%2e/openapi.json",
            "/..%2fopenapi.json",
            "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd",
            "/../../../../etc/passwd",
            "/org/sitrep/server/openapi.json")) {
      String response =
          raw("GET " + attack + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      String status = response.lines().findFirst().orElse("");
      assertThat(status).as(attack).doesNotContain(" 200 ");
      assertThat(response).doesNotContain("root:").doesNotContain("\"openapi\"");
    }
  }

  /** Sends a request exactly as written, without a client normalising its path. */
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void markupInAStoredTitleComesBackAsJsonTextNeverAsAPage() {
    JsonNode hits = http.get("/search?q=" + enc("Red Hand Brigade")).json();
    assertThat(hits.get("documents")).isNotEmpty();
    JsonNode hit = hits.get("documents").get(0);
    assertThat(hit.get("title").asText()).isEqualTo(DemoStore.HOSTILE_TITLE);
    Http.Response doc = http.get("/documents/" + hit.get("id").asText());
    assertThat(doc.header("Content-Type")).startsWith("application/json");
    assertThat(doc.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(doc.json().get("title").asText()).isEqualTo(DemoStore.HOSTILE_TITLE);
    assertThat(doc.json().get("text").asText()).contains("<script>alert(2)</script>");
  }

  @Test
  void aReadOnlyServerRefusesEveryWrite() {
    for (String auth : new String[] {"", "Bearer anything-at-all-1234"}) {
      java.util.Map<String, String> headers =
          auth.isEmpty() ? java.util.Map.of() : java.util.Map.of("Authorization", auth);
      Http.Response r = http.post("/documents", "{\"text\":\"Invented.\"}", headers);
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().get("error").asText()).isEqualTo("read_only");
    }
    assertThat(http.get("/events?limit=1").json().get("total").asInt()).isEqualTo(total);
  }

  @Test
  void aRequestForAnotherHostIsRefusedOnLoopback() throws Exception {
    String rebound =
        raw("GET /api/v1/stats HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
    assertThat(rebound.lines().findFirst().orElse("")).contains(" 403 ");
    assertThat(rebound).contains("bad_host").doesNotContain("by_type");
    String page = raw("GET / HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n");
    assertThat(page.lines().findFirst().orElse("")).contains(" 403 ");
    String local =
        raw("GET /api/v1/stats HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n");
    assertThat(local.lines().findFirst().orElse("")).contains(" 200 ");
  }
}
