package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporalCuesTest {
  private final TemporalCues cues = TemporalCues.bundled();

  @Test
  void theBundledListLoadsWithLowerCaseWordsOnly() {
    assertThat(cues.words())
        .contains("tuesday", "night", "weekend")
        .allMatch(w -> w.matches("\\p{Ll}+"));
  }

  @Test
  void weekdaysAndPartsOfADayAreCues() {
    assertThat(cues.mayCarryDate("Gunmen opened fire on Tuesday.")).isTrue();
    assertThat(cues.mayCarryDate("A drone struck the base last NIGHT.")).isTrue();
    assertThat(cues.mayCarryDate("Clashes went on over the weekend.")).isTrue();
  }

  @Test
  void sentencesWithoutACueAreNot() {
    assertThat(cues.mayCarryDate("Militants attacked a checkpoint in Mosul, killing 4 soldiers."))
        .isFalse();
    assertThat(cues.mayCarryDate("Two days later, on 18 June 2017, a bomb went off.")).isFalse();
    assertThat(cues.mayCarryDate("The knightly order met.")).isFalse();
    assertThat(cues.mayCarryDate("")).isFalse();
  }
}
