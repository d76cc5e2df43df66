package org.sitrep.extract.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/** Training is deterministic, learns separable labels, and a head survives writing and reading. */
class HeadTrainerTest {
  private static final int DIMENSION = 8;
  private static final HeadTrainer TRAINER = new HeadTrainer(150, 1e-3, 0.05);

  /** Three clusters: no event around -e0, arrests around e1, air strikes around e2. */
  private static Data clusters(long seed) {
    Random random = new Random(seed);
    List<LabelledText> examples = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    List<Optional<SubEventType>> labels =
        List.of(
            Optional.empty(),
            Optional.of(SubEventType.ARRESTS),
            Optional.of(SubEventType.AIR_DRONE_STRIKE));
    for (int i = 0; i < 90; i++) {
      int k = i % 3;
      float[] v = new float[DIMENSION];
      for (int j = 0; j < DIMENSION; j++) {
        v[j] = (float) (random.nextGaussian() * 0.3);
      }
      v[k] += k == 0 ? -2 : 2;
      examples.add(new LabelledText(labels.get(k), "example " + i, "test:" + i));
      vectors.add(v);
    }
    return new Data(examples, vectors);
  }

  private record Data(List<LabelledText> examples, List<float[]> vectors) {}

  @Test
  void learnsLabelsThatTheVectorsSeparate() {
    Data data = clusters(1);
    EventHead head = TRAINER.train(data.examples(), data.vectors(), "enc", "corpus");
    Data unseen = clusters(2);
    int right = 0;
    for (int i = 0; i < unseen.vectors().size(); i++) {
      right +=
          head.classify(unseen.vectors().get(i)).type().equals(unseen.examples().get(i).type())
              ? 1
              : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(85);
  }

  @Test
  void theSameDataGivesTheSameHead() throws IOException {
    Data data = clusters(3);
    assertThat(bytes(TRAINER.train(data.examples(), data.vectors(), "enc", "c")))
        .isEqualTo(bytes(TRAINER.train(data.examples(), data.vectors(), "enc", "c")));
  }

  @Test
  void aWrittenHeadReadsBackWithTheSamePredictionsAndProvenance() throws IOException {
    Data data = clusters(4);
    EventHead head = TRAINER.train(data.examples(), data.vectors(), "enc/1", "abc");
    EventHead read = EventHead.read(new ByteArrayInputStream(bytes(head)));
    assertThat(read.provenance()).isEqualTo(head.provenance());
    assertThat(read.provenance().encoder()).isEqualTo("enc/1");
    for (float[] v : data.vectors()) {
      assertThat(read.classify(v)).isEqualTo(head.classify(v));
    }
  }

  @Test
  void scoresAreProbabilities() {
    Data data = clusters(5);
    EventHead head = TRAINER.train(data.examples(), data.vectors(), "enc", "c");
    Detection d = head.classify(data.vectors().get(1));
    assertThat(d.score()).isBetween(0.0, 1.0);
    assertThat(d.eventScore()).isBetween(0.0, 1.0);
    assertThat(d.reportsEvent()).isTrue();
  }

  private static byte[] bytes(EventHead head) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    head.write(out);
    return out.toByteArray();
  }
}
