package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/** The data files of the coded evaluation load and say what the evaluation needs. */
class DataFilesTest {
  @Test
  void caseCodesCoverEverySubEventTypeOnceAndFiveCodesOutsideAcled() {
    CaseCodes codes = CaseCodes.standard();

    assertThat(codes.acledCodes()).isEqualTo(SubEventType.values().length);
    assertThat(codes.noEventCodes()).isEqualTo(5);
    Set<SubEventType> covered = EnumSet.noneOf(SubEventType.class);
    for (String code :
        new String[] {
          "ARMED_CLASH",
          "GOV_REGAINS_TERIT",
          "NON_STATE_ACTOR_OVERTAKES_TER",
          "CHEM_WEAP",
          "AIR_STRIKE",
          "SUIC_BOMB",
          "ART_MISS_ATTACK",
          "REM_EXPLOS",
          "GRENADE",
          "SEX_VIOL",
          "ATTACK",
          "ABDUCT_DISSAP",
          "PEACE_PROTEST",
          "PROTEST_WITH_INTER",
          "FORCE_AGAINST_PROTEST",
          "VIOL_DEMONSTR",
          "MOB_VIOL",
          "AGREEMENT",
          "ARREST",
          "CHANGE_TO_GROUP_ACT",
          "DISR_WEAP",
          "HQ_ESTABLISHED",
          "PROPERTY_DISTRUCT",
          "NON_VIOL_TERRIT_TRANSFER",
          "OTHER"
        }) {
      covered.add(codes.subType(code).orElseThrow());
    }
    assertThat(covered).containsExactlyInAnyOrder(SubEventType.values());
    for (String code :
        new String[] {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}) {
      assertThat(codes.subType(code)).as(code).isEmpty();
    }
  }

  @Test
  void coarseTypesMapKeywordsPrefixesAndPhrases() {
    CoarseTypes types = CoarseTypes.standard();

    assertThat(types.size()).isPositive();
    assertThat(types.accepted("Bombings"))
        .containsExactlyInAnyOrder(
            SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB, SubEventType.GRENADE);
    assertThat(types.accepted("Mortar fire"))
        .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    assertThat(types.accepted("Vehicle attack")).contains(SubEventType.MOB_VIOLENCE);
    assertThat(types.accepted("Hostage taking"))
        .containsExactlyInAnyOrder(
            SubEventType.ABDUCTION, SubEventType.ATTACK, SubEventType.ARMED_CLASH);
    assertThat(types.accepted("Chemical attack")).contains(SubEventType.CHEMICAL_WEAPON);
    assertThat(types.accepted("Beheading")).containsExactly(SubEventType.ATTACK);
    assertThat(types.accepted("Shootdown")).as("no keyword").isEmpty();
    assertThat(types.accepted(null)).isEmpty();
  }

  @Test
  void genericActorWordsHoldTheWordsThatNameNoActor() {
    assertThat(LooseActors.standard().genericWords())
        .contains(
            "forces",
            "military",
            "police",
            "group",
            "unidentified",
            "armed",
            "civilians",
            "militia",
            "of",
            "the");
  }
}
