package org.sitrep.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void aDatelineEndsAfterItsDash() {
    String text = "KABUL, Aug. 27, 2021 — Two suicide bombers attacked crowds.";
    assertThat(text.substring(Datelines.end(text))).startsWith("Two suicide");
    assertThat(Datelines.date(text)).contains("Aug. 27, 2021");
  }

  @Test
  void aDatelineWithAnAgencyAndNoDateHasNoDate() {
    String text = "BEIRUT (Reuters) - An Israeli strike hit the suburbs.";
    assertThat(text.substring(Datelines.end(text))).startsWith("An Israeli");
    assertThat(Datelines.date(text)).isEmpty();
  }

  @Test
  void ordinaryTextHasNone() {
    assertThat(Datelines.end("Kabul was quiet on Friday - officials said.")).isZero();
    assertThat(Datelines.end("US forces - two of them - were hurt.")).isZero();
    assertThat(Datelines.date("Nothing here.")).isEmpty();
  }
}
