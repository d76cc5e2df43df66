package org.sitrep.extract.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.SitrepException;
import org.sitrep.model.SubEventType;

/**
 * The bundled training corpus loads, covers every label, and the shipped head was trained on it.
 */
class TrainingCorpusTest {
  private static final TrainingCorpus CORPUS = TrainingCorpus.bundled();

  @Test
  void everySubEventTypeHasEnoughExamplesAndNoEventHasMany() {
    Map<SubEventType, Integer> counts = new EnumMap<>(SubEventType.class);
    int none = 0;
    for (LabelledText example : CORPUS.examples()) {
      if (example.type().isPresent()) {
        counts.merge(example.type().get(), 1, Integer::sum);
      } else {
        none++;
      }
    }
    for (SubEventType type : SubEventType.values()) {
      assertThat(counts.getOrDefault(type, 0)).as(type.name()).isGreaterThanOrEqualTo(50);
    }
    assertThat(none).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void examplesAreShortTexts() {
    assertThat(CORPUS.examples())
        .allSatisfy(e -> assertThat(e.text().split("\\s+").length).as(e.source()).isBetween(3, 90));
  }

  @Test
  void theShippedHeadWasTrainedOnTheCurrentCorpus() throws IOException {
    try (InputStream in = EventHead.class.getResourceAsStream(EventHead.RESOURCE)) {
      assertThat(in).as("the bundled head (run: sitrep train)").isNotNull();
      HeadProvenance provenance = EventHead.read(in).provenance();
      assertThat(provenance.corpusSha256())
          .as("the corpus changed since the head was trained: run sitrep train")
          .isEqualTo(CORPUS.sha256());
      assertThat(provenance.examples()).isEqualTo(CORPUS.examples().size());
    }
  }

  @Test
  void aLineIsALabelATabAndAText() {
    assertThat(TrainingCorpus.parse("ARRESTS\tPolice detained two men.", "x:1").type())
        .contains(SubEventType.ARRESTS);
    assertThat(TrainingCorpus.parse("NONE\tTalks resumed.", "x:2").type())
        .isEqualTo(Optional.empty());
    assertThatThrownBy(() -> TrainingCorpus.parse("BOMBING\tA blast.", "x:3"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining("x:3");
    assertThatThrownBy(() -> TrainingCorpus.parse("ARRESTS Police detained two men.", "x:4"))
        .isInstanceOf(SitrepException.class);
  }
}
