package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {
  @Test
  void pairsAsManyAsItCanBeforePreferringHeavierPairs() {
    // Row 0 prefers column 0, but only column 0 suits row 1: both rows are paired.
    long[][] weights = {{1000, 900}, {950, 0}};
    assertThat(Assignment.maximise(weights)).containsExactly(1, 0);
  }

  @Test
  void leavesRowsWithoutAPositiveWeightUnpaired() {
    long[][] weights = {{0, 0, 0}, {0, 5, 7}};
    assertThat(Assignment.maximise(weights)).containsExactly(-1, 2);
    long[][] tall = {{3}, {4}, {0}};
    assertThat(Assignment.maximise(tall)).containsExactly(-1, 0, -1);
    assertThat(Assignment.maximise(new long[0][0])).isEmpty();
    assertThat(Assignment.maximise(new long[2][0])).containsExactly(-1, -1);
  }
}
