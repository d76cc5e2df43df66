package org.sitrep.extract.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.E5SentenceEncoder;
import org.sitrep.nlp.SentenceEncoder;

/** The bundled encoder and head load offline and tell clear event reports from other news. */
class EventDetectorIT {
  private static SentenceEncoder encoder;
  private static EventDetector detector;

  @BeforeAll
  static void load() {
    encoder = E5SentenceEncoder.standard();
    detector = EventDetector.bundled(encoder);
  }

  @Test
  void theEncoderGivesUnitVectorsOfItsDimension() {
    List<float[]> vectors = encoder.encode(List.of("Troops shelled the village.", ""));
    assertThat(vectors).hasSize(2);
    double norm = 0;
    for (float x : vectors.get(0)) {
      norm += x * x;
    }
    assertThat(vectors.get(0)).hasSize(encoder.dimension());
    assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(encoder.identity()).startsWith("e5-small-v2-q/");
  }

  @Test
  void typesPlainReportsOfTheCommonestKinds() {
    List<Detection> said =
        detector.detect(
            List.of(
                "Fighter jets bombed a rebel camp outside Kidal on Tuesday, killing eleven"
                    + " fighters.",
                "Police fired tear gas to disperse hundreds of teachers marching on parliament in"
                    + " Nairobi.",
                "Kidnappers seized twelve passengers from a bus on the Abuja-Kaduna highway.",
                "Soldiers and insurgents exchanged fire for three hours near the border post."));
    assertThat(said)
        .extracting(d -> d.type().orElse(null))
        .containsExactly(
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.ABDUCTION,
            SubEventType.ARMED_CLASH);
  }

  @Test
  void saysNoEventForPlansDisastersAndDiplomacy() {
    List<Detection> said =
        detector.detect(
            List.of(
                "The rebels threatened to attack the capital if the talks fail.",
                "Floods killed 40 people and displaced thousands in the delta last week.",
                "The foreign ministers met in Doha to discuss the ceasefire proposal."));
    assertThat(said).noneMatch(Detection::reportsEvent);
  }

  @Test
  void aSentenceWithNoEventWordNeverReachesTheModel() {
    assertThat(detector.detect(List.of("Subscribe to our newsletter.")))
        .containsExactly(EventDetector.IMPLAUSIBLE);
  }
}
