package org.sitrep.extract.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cue filter lets event reports through, however they are phrased, and stops plain prose. */
class EventCuesTest {
  private static final EventCues CUES = EventCues.bundled();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A truck ran over worshippers leaving the mosque, leaving nine dead.",
        "Villagers were massacred overnight in Oti.",
        "An explosive device went off under a minibus near the market.",
        "Students marched to the ministry demanding the release of their leader.",
        "Fighters stormed a camp outside the town at dawn.",
        "The device exploded as the patrol passed."
      })
  void letsEventReportsThrough(String sentence) {
    assertThat(CUES.plausible(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Subscribe to our newsletter.", "The weather is mild this week.", "Photo: AFP"})
  void stopsSentencesWithNoEventWord(String sentence) {
    assertThat(CUES.plausible(sentence)).isFalse();
  }
}
