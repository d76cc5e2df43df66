package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.testing.ProjectFiles;

/** The answer key's actor clusters: one actor per cluster, never one actor for two clusters. */
class GoldActorClustersTest {
  private static final ActorResolver RESOLVER = ActorResolver.bundled();

  @Test
  void everyFormOfEveryClusterResolvesToOneActorAndNoTwoClustersShareOne() throws IOException {
    JsonNode clusters =
        new ObjectMapper().readTree(ProjectFiles.seedsGold().toFile()).get("actors");
    assertThat(clusters.size()).isEqualTo(27);
    Map<String, String> clusterOfActor = new HashMap<>();
    for (JsonNode cluster : clusters) {
      String canonical = cluster.get("canonical").asText();
      Set<String> ids = new HashSet<>();
      for (JsonNode form : cluster.get("forms")) {
        Optional<Actor> actor = actorOf(form.asText());
        assertThat(actor).as("form %s of %s", form.asText(), canonical).isPresent();
        ids.add(actor.get().id());
      }
      assertThat(ids).as("actors of %s", canonical).hasSize(1);
      String id = ids.iterator().next();
      String other = clusterOfActor.put(id, canonical);
      assertThat(other).as("%s and %s share actor %s", canonical, other, id).isNull();
    }
  }

  @Test
  void everyFormIsAlsoFoundAsAMentionInRunningText() throws IOException {
    JsonNode clusters =
        new ObjectMapper().readTree(ProjectFiles.seedsGold().toFile()).get("actors");
    for (JsonNode cluster : clusters) {
      for (JsonNode form : cluster.get("forms")) {
        String text = "Reports said " + form.asText() + " was involved.";
        assertThat(RESOLVER.mentions(text))
            .as("mentions in %s", text)
            .extracting(ActorMention::surface)
            .contains(form.asText());
      }
    }
  }

  private static Optional<Actor> actorOf(String form) {
    return RESOLVER.resolve(form);
  }
}
