package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.SubEventType;

/** The bundled trigger and cue lexicons load and code typical sentences. */
class LexiconsTest {
  private static final TriggerLexicon TRIGGERS = TriggerLexicon.bundled();
  private static final CueLexicon CUES = CueLexicon.bundled();

  @Test
  void bundledLexiconsCoverEveryKind() {
    assertThat(TRIGGERS.size()).isGreaterThan(30);
    for (Cue cue : Cue.values()) {
      assertThat(CUES.size(cue)).as(cue.name()).isPositive();
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the IRGC fired six ballistic missiles at the camp|SHELLING_ARTILLERY_MISSILE",
        "the group launched drone attacks on the airbase|AIR_DRONE_STRIKE",
        "two suicide bombers blew themselves up|SUICIDE_BOMB",
        "a roadside bomb exploded near the convoy|REMOTE_EXPLOSIVE",
        "soldiers were killed when an explosive device hit their vehicle|REMOTE_EXPLOSIVE",
        "police arrested three suspects|ARRESTS",
        "heavy clashes broke out near the border|ARMED_CLASH",
        "gunmen opened fire on worshippers|ATTACK",
        "militants kidnapped two engineers|ABDUCTION",
        "the army recaptured the town|GOVERNMENT_REGAINS_TERRITORY",
        "the militia announced the suspension of its operations|CHANGE_TO_GROUP_ACTIVITY"
      })
  void codesTheEventASentenceReports(String sentence, SubEventType type) {
    assertThat(TRIGGERS.find(sentence)).extracting(TriggerMatch::type).contains(type);
  }

  @Test
  void findsNoTriggerInAPlainStatement() {
    assertThat(TRIGGERS.find("The minister met his counterpart in Baghdad on Monday.")).isEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the US and Russia planned to begin coordinating|UNREAL",
        "Aaron Zelin does not foresee any large-scale|UNREAL",
        "this coordination did not materialize|UNREAL_AFTER",
        "rockets were reportedly fired|ALLEGED",
        "In retribution, the IRGC fired|RETALIATION",
        "the group claimed responsibility for the attack|CLAIM",
        "the group has been responsible for several attacks|GENERIC"
      })
  void namesTheCueOfASentence(String text, Cue cue) {
    assertThat(CUES.has(cue, text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "On 4 May, gunmen",
        "On May 4, gunmen",
        "In May 2023 fighters",
        "Between 2 and 5 May, troops"
      })
  void theMonthOfMayIsNoModal(String text) {
    assertThat(CUES.has(Cue.UNREAL, text)).isFalse();
  }

  @Test
  void theModalMayStillMakesAnEventUnreal() {
    assertThat(CUES.has(Cue.UNREAL, "officials said militants may attack")).isTrue();
  }
}
