package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Count;
import org.sitrep.model.Count.Qualifier;

class CasualtiesTest {
  private final Casualties casualties = new Casualties();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "At least 91 people were killed in the explosions|91|AT_LEAST",
        "a brazen assault on the parliament, claiming 18 lives.|18|EXACT",
        "resulting in the deaths of three American soldiers.|3|EXACT",
        "resulting in the deaths of 13 American military personnel and at least 169 Afghans.|182|AT_LEAST",
        "killing 36 al-Shabaab and 4 ISIS terrorists.|40|EXACT",
        "the first strike killed 7 militants, a second strike killed a further 2 militants.|9|EXACT",
        "in which about 300 people were killed.|300|ABOUT",
        "the death toll rose to 1,200 on Sunday|1200|EXACT",
        "The death toll from the suicide bombing at the airport rose to at least 170|170|AT_LEAST",
        "The toll from Friday's attack on the concert hall in Krasnogorsk, outside Moscow, rose to"
            + " 133, officials said|133|EXACT"
      })
  void readsTheNumberKilled(String sentence, int value, Qualifier qualifier) {
    assertThat(casualties.deaths(sentence)).contains(new Count(value, qualifier));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "several terrorists were killed",
        "killing a number of them and wounding some others",
        "someone who was involved in dozens of massacres",
        "killing 100 percent of the time is not possible"
      })
  void readsNothingFromVagueAmounts(String sentence) {
    assertThat(casualties.deaths(sentence)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"killing four soldiers and wounding seven others|7", "12 people were wounded|12"})
  void readsTheNumberInjured(String sentence, int value) {
    assertThat(casualties.injuries(sentence)).map(Count::value).contains(value);
  }
}
