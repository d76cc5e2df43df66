package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.model.SubEventType.ARMED_CLASH;
import static org.sitrep.model.SubEventType.ATTACK;
import static org.sitrep.model.SubEventType.GRENADE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class F1ScoresTest {
  /**
   * Gold: clash x3, attack x1. Predicted: clash, clash, NONE, clash (the attack taken for a clash).
   * Clash: tp 2, fp 1, fn 1: P 2/3, R 2/3, F1 2/3, support 3. Attack: tp 0, fn 1: F1 0, support 1.
   * Weighted: (3 * 2/3 + 1 * 0) / 4 = 0.5. Macro: (2/3 + 0) / 2 = 1/3.
   */
  @Test
  void weighsEachClassByItsGoldSupportAndCountsNoneAsAMiss() {
    List<SubEventType> gold = List.of(ARMED_CLASH, ARMED_CLASH, ARMED_CLASH, ATTACK);
    List<SubEventType> predicted = Arrays.asList(ARMED_CLASH, ARMED_CLASH, null, ARMED_CLASH);

    F1Scores f1 = F1Scores.of(gold, predicted);

    assertThat(f1.weighted()).isCloseTo(0.5, within(1e-9));
    assertThat(f1.macro()).isCloseTo(1.0 / 3, within(1e-9));
  }

  /**
   * A class only predicted counts in the macro mean with F1 0 but weighs nothing. Gold: attack x2.
   * Predicted: attack, grenade. Attack: P 1, R 1/2, F1 2/3. Grenade: F1 0, support 0. Weighted:
   * 2/3. Macro: 1/3.
   */
  @Test
  void aClassOnlyPredictedLowersTheMacroMeanOnly() {
    F1Scores f1 = F1Scores.of(List.of(ATTACK, ATTACK), List.of(ATTACK, GRENADE));

    assertThat(f1.weighted()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(f1.macro()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void perfectPredictionsScoreOne() {
    F1Scores f1 = F1Scores.of(List.of(ATTACK, GRENADE), List.of(ATTACK, GRENADE));

    assertThat(f1.weighted()).isEqualTo(1.0);
    assertThat(f1.macro()).isEqualTo(1.0);
  }
}
