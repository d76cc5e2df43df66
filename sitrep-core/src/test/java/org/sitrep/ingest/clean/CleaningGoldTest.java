package org.sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.testing.ProjectFiles;

/** Scores the cleaner against the {@code cleaning} entries of the seeds' answer key. */
class CleaningGoldTest {
  private static final Cleaner CLEANER = Cleaner.standard(FurnitureLexicon.bundled());

  static Stream<JsonNode> cleaningEntries() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(ProjectFiles.seedsGold().toFile());
    List<JsonNode> entries = new ArrayList<>();
    gold.get("cleaning").forEach(entries::add);
    return entries.stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cleaningEntries")
  void cleanedSeedMatchesTheAnswerKey(JsonNode entry) throws IOException {
    Page page = clean(entry.get("doc").asText());

    assertThat(page.title()).isEqualTo(entry.get("title").asText());
    assertThat(page.author()).isEqualTo(entry.has("author") ? entry.get("author").asText() : null);
    for (JsonNode drop : entry.get("drop")) {
      assertThat(page.text()).doesNotContain(drop.asText());
    }
    for (JsonNode keep : entry.get("keep")) {
      assertThat(page.text()).contains(keep.asText());
    }
  }

  private static Page clean(String doc) throws IOException {
    byte[] bytes = Files.readAllBytes(ProjectFiles.demoCorpus().resolve(doc));
    return CLEANER.clean(new TextDecoder().decode(bytes).text(), null, null, null);
  }
}
