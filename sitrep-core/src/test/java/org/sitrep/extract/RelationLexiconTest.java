package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.SitrepException;
import org.sitrep.lexicon.PatternRules;
import org.sitrep.model.RelationType;

/** The bundled relation cue lexicon loads, covers every relation and rejects malformed rules. */
class RelationLexiconTest {
  private static RelationLexicon parse(String tsv) {
    return new RelationLexicon(
        PatternRules.parse("relation-cues.tsv", tsv, RelationCue.class, RelationLexicon::expand));
  }

  @Test
  void theBundledLexiconHasCuesForEveryRelationAndListsAndPlaces() {
    RelationLexicon lexicon = RelationLexicon.bundled();
    for (RelationType type : RelationType.values()) {
      assertThat(lexicon.cues()).as(type.code()).anyMatch(c -> c.type() == type);
    }
    assertThat(lexicon.patterns(RelationCue.LIST)).isNotEmpty();
    assertThat(lexicon.patterns(RelationCue.LIST_COMMA)).isNotEmpty();
    assertThat(lexicon.patterns(RelationCue.PLACE)).isNotEmpty();
  }

  @Test
  void everyBundledCueNamesWhatItRelates() {
    for (RelationLexicon.Cue cue : RelationLexicon.bundled().cues()) {
      String regex = cue.pattern().pattern();
      if (cue.enumeration()) {
        assertThat(cue.type().symmetric()).as(regex).isTrue();
      } else {
        assertThat(regex).containsAnyOf("(?<s>", "(?<s1>").containsAnyOf("(?<o>", "(?<o1>");
      }
    }
  }

  @Test
  void placeholdersExpandToMarkersButPropertiesStayProperties() {
    assertThat(RelationLexicon.expand("{S} leader {O}"))
        .isEqualTo("\u27E6(?<s>\\d+)\u27E7 leader \u27E6(?<o>\\d+)\u27E7");
    assertThat(RelationLexicon.expand("\\p{L}+ {X}")).isEqualTo("\\p{L}+ \u27E6\\d+\u27E7");
  }

  @Test
  void aRuleWithoutItsObjectIsRejectedWithItsLine() {
    assertThatThrownBy(() -> parse("# cues\nPART_OF\t{S} is part of the"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining("relation-cues.tsv:2")
        .hasMessageContaining("{S} and {O}");
    assertThat(parse("PART_OF\t{S} is part of the {O1}").cues().get(0).nearestObject()).isTrue();
  }

  @Test
  void anEnumerationRuleIsOnlyForSymmetricRelations() {
    assertThatThrownBy(() -> parse("LEADER_OF\t{L} lead"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining("relation-cues.tsv:1");
    assertThat(parse("ALLIED_WITH\t{L} cooperate").cues()).hasSize(1);
  }

  @Test
  void listAndPlaceRulesNameNoActors() {
    assertThatThrownBy(() -> parse("LIST\t{S} and"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining("no {S}, {O} or {L}");
  }

  @Test
  void anUnknownKindIsRejected() {
    assertThatThrownBy(() -> parse("FRIEND_OF\t{S} likes {O}"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining("unknown kind");
  }
}
