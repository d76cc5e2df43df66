package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;

/** Which triggers report a real event, and how the sentence frames it. */
class ModalityReaderTest {
  private static final SentenceDates NO_DATES = new SentenceDates(List.of(), List.of(), null);
  private final ModalityReader reader = new ModalityReader(CueLexicon.bundled());

  private Optional<Framing> frame(String text, String trigger) {
    int begin = text.indexOf(trigger);
    TriggerMatch t =
        new TriggerMatch(begin, begin + trigger.length(), trigger, SubEventType.ATTACK);
    return reader.frame(text, new Clause(t, 0, text.length()), NO_DATES, false);
  }

  @Test
  void aPlanIsNoEvent() {
    assertThat(frame("The rebels planned to attack the depot at Marro.", "attack")).isEmpty();
  }

  @Test
  void aReferenceBackIsNoEventUnlessItIsClaimed() {
    assertThat(frame("Shops stayed shut after the attack on the market.", "attack")).isEmpty();
    assertThat(frame("The Lion Front claimed responsibility for the attack.", "attack"))
        .hasValueSatisfying(
            f -> {
              assertThat(f.reference()).isTrue();
              assertThat(f.claim()).isTrue();
            });
  }

  @Test
  void anAllegedEventIsKeptAsAlleged() {
    assertThat(frame("Soldiers allegedly attacked herders near Tumbo.", "attacked"))
        .hasValueSatisfying(
            f -> {
              assertThat(f.modality()).isEqualTo(Modality.ALLEGED);
              assertThat(f.reference()).isFalse();
            });
  }

  @Test
  void aDatedReferenceIsRecognised() {
    assertThat(frame("Police named a suspect in the Jan. 3 attack in Ondo.", "the Jan. 3 attack"))
        .hasValueSatisfying(f -> assertThat(f.datedReference()).isTrue());
  }
}
