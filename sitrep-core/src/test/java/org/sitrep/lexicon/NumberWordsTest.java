package org.sitrep.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {
  @ParameterizedTest
  @CsvSource({
    "three,3",
    "a hundred,100",
    "'1,200',1200",
    "Twelve,12",
    "twenty-five,25",
    "forty one,41",
    "two hundred,200",
    "a dozen,12"
  })
  void readsNumbersInWordsOrDigits(String text, int value) {
    assertThat(NumberWords.number(text)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"Sept.,9", "january,1", "MAY,5", "Dec,12"})
  void readsMonthNamesAndAbbreviations(String name, int month) {
    assertThat(NumberWords.month(name)).hasValue(month);
  }

  @ParameterizedTest
  @ValueSource(strings = {"January", "Sept.", "May", "Monday", "Sun"})
  void knowsCalendarWords(String word) {
    assertThat(NumberWords.isCalendarWord(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane", "Marching", "Mayor", "Sunni", "Wednesdays-ish", "Ahvaz"})
  void doesNotTakeNamesForCalendarWords(String word) {
    assertThat(NumberWords.isCalendarWord(word)).isFalse();
  }
}
