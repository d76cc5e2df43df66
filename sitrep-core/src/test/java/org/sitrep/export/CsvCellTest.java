package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://x.example\")|'=HYPERLINK(\"http://x.example\")",
        "+1+cmd|'+1+cmd",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "-12.75|-12.75",
        "+3|+3",
        "45.1|45.1",
        "Armed clash|Armed clash",
        "Militia - faction|Militia - faction"
      })
  void formulaCellsAreNeutralisedAndNumbersKept(String cell, String safe) {
    assertThat(CsvCell.safe(cell)).isEqualTo(safe);
  }

  @org.junit.jupiter.api.Test
  void tabOrCarriageReturnFirstIsNeutralisedAndNoControlCharacterRemains() {
    assertThat(CsvCell.safe("\t=1+1")).isEqualTo("' =1+1");
    assertThat(CsvCell.safe("\r=1")).isEqualTo("' =1");
    assertThat(CsvCell.safe("a\u0007b\nc\u001Bd")).isEqualTo("a b c d");
  }
}
