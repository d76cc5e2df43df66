package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
        "someone who was involved in dozens of massacres",
        "killing 100 percent of the time is not possible",
        "Casualties were not immediately known",
        "the militia has a number of fighters in the hills"
      })
  void readsNothingWhereNoDeathIsTold(String sentence) {
    assertThat(casualties.deaths(sentence)).isEmpty();
    assertThat(casualties.vagueDeaths(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "several terrorists were killed|3",
        "killing a number of them and wounding some others|3",
        "An unknown number of fighters were killed and wounded|3",
        "the raid left dozens dead, killing dozens of villagers|12",
        "scores of people were killed when the dam was shelled|20",
        "hundreds of civilians have been killed in the siege|100",
        "Many residents were killed in the night raid|3"
      })
  void readsVagueAmountsAsACLEDCodesThem(String sentence, int value) {
    assertThat(casualties.vagueDeaths(sentence)).map(Count::value).contains(value);
    // A vague amount is a last resort: it never stands as a count of its own.
    assertThat(casualties.deaths(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "between 10 and 15 people were killed in the market|10",
        "the blast killed 12 to 20 traders|12",
        "Officials said 15 - 17 rebels were killed in the fighting|15",
        "four or five guards died in the fire|4",
        "the gunmen stormed the hall, killing 5 and the 2 attackers|7",
        "3 soldiers and 10 militants were killed in the clash|13",
        "killing five worshippers and the bomber|6",
        "the rebels shot and killed a schoolteacher on the road|1",
        "twenty-five villagers were massacred by the raiders|25",
        "Police found the bodies of 4 herders near the well|4",
        "Two traders lost their lives when the bus burned|2",
        "two deaths were recorded at the clinic|2",
        "the army said it killed 6 insurgents, and 8 others were injured|6",
        "8 soldiers were injured and 2 were killed|2"
      })
  void readsRangesPartsAndWordsForDeath(String sentence, int value) {
    assertThat(casualties.deaths(sentence)).map(Count::value).contains(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The grenade hit the crowd but there were no casualties|0",
        "No one was killed in the attack on the depot|0",
        "An unknown number died. Unspecified number of fatalities coded as 3.|3",
        "30 fatalities split across two villages and coded as 15 for each|15",
        "Riots after the vote. LOCATION: Upper Hills. FATALITIES: 4|4",
        "Two guards were killed, though deaths were coded as 0 pending confirmation|0"
      })
  void readsReportsOfNoDeathAndCodersStatements(String sentence, int value) {
    assertThat(casualties.deaths(sentence)).map(Count::value).contains(value);
  }

  @Test
  void keepsInjuriesApartFromDeaths() {
    String sentence = "Gunmen killed 2 farmers and wounded 9 others at the well";
    assertThat(casualties.deaths(sentence)).map(Count::value).contains(2);
    assertThat(casualties.injuries(sentence)).map(Count::value).contains(9);
    assertThat(casualties.injuries("no one was injured in the blast"))
        .map(Count::value)
        .contains(0);
  }

  @Test
  void loadsTheBundledCasualtyWords() {
    CasualtyWords words = CasualtyWords.bundled();
    assertThat(words.figure("several")).isEqualTo(3);
    assertThat(words.figure("Dozens  of")).isEqualTo(12);
    assertThat(words.vague().keySet().iterator().next().length())
        .isGreaterThanOrEqualTo(
            words.vague().keySet().stream().mapToInt(String::length).max().orElse(0));
    assertThat(words.perpetrators()).contains("bomber", "gunman");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"killing four soldiers and wounding seven others|7", "12 people were wounded|12"})
  void readsTheNumberInjured(String sentence, int value) {
    assertThat(casualties.injuries(sentence)).map(Count::value).contains(value);
  }
}
