package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /documents}: the token rule, the body limit, and a write that shows up in reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteIT {
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final long LIMIT = 64 * 1024;

  private SitrepServer server;
  private Http http;

  @BeforeAll
  void start() throws Exception {
    ServerOptions options = ServerOptions.defaults().withWriteToken(TOKEN).withMaxBodyBytes(LIMIT);
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "write-it");
    server = SitrepServer.start(DemoStore.copyTo(dir), options);
    http = new Http(server.url() + "/api/v1");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static final String DOCUMENT =
      "{\"id\":\"write-test-1\",\"title\":\"River crossing clash\",\"published\":\"2023-06-02\","
          + "\"text\":\"Fighters of the Blue Lantern Movement clashed with soldiers of the national"
          + " army near the river crossing at Tessalit on 1 June 2023, leaving seven fighters"
          + " dead, the army said.\"}";

  @Test
  void aWriteWithoutATokenIs401() {
    int before = total();
    Http.Response r = http.post("/documents", DOCUMENT, Map.of("Content-Type", "application/json"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(r.json().get("error").asText()).isEqualTo("unauthorized");
    Http.Response basic =
        http.post("/documents", DOCUMENT, Map.of("Authorization", "Basic " + TOKEN));
    assertThat(basic.status()).isEqualTo(401);
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void aWriteWithAWrongTokenIs403() {
    int before = total();
    for (String wrong : new String[] {"nope", TOKEN + "x", TOKEN.substring(1), ""}) {
      Http.Response r =
          http.post("/documents", DOCUMENT, Map.of("Authorization", "Bearer " + wrong));
      assertThat(r.status()).as(wrong).isIn(401, 403);
    }
    Http.Response r = http.post("/documents", DOCUMENT, Map.of("Authorization", "Bearer nope"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutALength() {
    byte[] big = new byte[(int) LIMIT + 1];
    Arrays.fill(big, (byte) 'a');
    Http.Response declared =
        http.post("/documents", big, Map.of("Authorization", "Bearer " + TOKEN));
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.json().get("error").asText()).isEqualTo("body_too_large");
    Http.Response chunked =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/documents"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());
    assertThat(chunked.status()).isEqualTo(413);
  }

  @Test
  void aBadBodyIs400() {
    Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKEN);
    assertThat(http.post("/documents", "", auth).status()).isEqualTo(400);
    assertThat(http.post("/documents", "not json\n", auth).status()).isEqualTo(400);
    assertThat(
            http.post("/documents", "{\"title\":\"no text\"}\n", auth).json().get("error").asText())
        .isEqualTo("bad_body");
  }

  @Test
  void aWriteWithTheTokenIngestsExtractsAndFuses() {
    int before = total();
    Map<String, String> headers =
        Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
    Http.Response r = http.post("/documents", DOCUMENT, headers);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode result = r.json();
    assertThat(result.get("documents")).hasSize(1);
    assertThat(result.get("reports").asInt()).isPositive();
    assertThat(result.get("events").asInt()).isGreaterThan(before);
    assertThat(total()).isEqualTo(result.get("events").asInt());
    JsonNode found = http.get("/search?q=Tessalit").json();
    assertThat(found.get("documents").get(0).get("id").asText())
        .isEqualTo(result.get("documents").get(0).asText());
    assertThat(found.get("evidence")).isNotEmpty();
    Http.Response again = http.post("/documents", DOCUMENT, headers);
    assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
    assertThat(again.json().get("documents")).isEmpty();
  }

  private int total() {
    return http.get("/events?limit=1").json().get("total").asInt();
  }
}
