package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/** ACLED's generic actors: the nouns that name them, their binding to a country, their names. */
class GenericActorMentionsTest {
  private static final ActorResolver RESOLVER = ActorResolver.bundled();

  private static List<String> ids(String text) {
    return RESOLVER.mentions(text).stream().map(m -> m.actor().id()).toList();
  }

  @Test
  void unknownGunmenAreAnUnidentifiedArmedGroupWithNoCountryYet() {
    List<ActorMention> found =
        RESOLVER.mentions("Unknown gunmen shot dead a trader at the cattle market on Friday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).surface()).isEqualTo("Unknown gunmen");
    assertThat(found.get(0).actor().id()).isEqualTo("unidentified-armed-group");
    assertThat(found.get(0).actor().country()).isNull();
    assertThat(ids("Armed men stormed the clinic and assailants fled on motorbikes."))
        .containsExactly("unidentified-armed-group", "unidentified-armed-group");
  }

  @Test
  void aNounRightAfterANamedGroupIsThatGroups() {
    assertThat(ids("Al-Shabaab gunmen ambushed a convoy near the border."))
        .containsExactly("al-shabaab");
    assertThat(ids("AU troops repelled the assault.")).containsExactly("african-union");
  }

  @Test
  void protestersAndMarchingStudentsAreProtesters() {
    assertThat(ids("Hundreds of demonstrators gathered outside parliament."))
        .containsExactly("protesters");
    assertThat(ids("Students marched through the town demanding lower fees."))
        .containsExactly("protesters");
    // Students who are shot at are no protesters: the noun needs a protest word after it.
    assertThat(ids("Two students were wounded in the crossfire.")).isEmpty();
  }

  @Test
  void aQuantifierOpensTheMention() {
    List<ActorMention> found =
        RESOLVER.mentions(
            "On Monday, a number of traders in the old market protested the new tax.");
    assertThat(found).extracting(m -> m.surface()).containsExactly("a number of traders");
    assertThat(found.get(0).actor().id()).isEqualTo("protesters");
    assertThat(
            RESOLVER.mentions("More than 300 demonstrators blocked the bridge.").get(0).surface())
        .isEqualTo("More than 300 demonstrators");
    assertThat(ids("Dozens of Pokot raiders struck at dawn."))
        .containsExactly("pokot-ethnic-militia");
    // A quantifier before a named group leaves the group's name alone.
    assertThat(ids("Several al-Shabaab fighters surrendered.")).containsExactly("al-shabaab");
  }

  @Test
  void mobsAndAngryYouthsAreRioters() {
    assertThat(ids("A mob lynched a suspected thief in the village.")).containsExactly("rioters");
    assertThat(ids("Angry youths torched a police post.")).first().isEqualTo("rioters");
    assertThat(RESOLVER.generic("rioters", "KE").kind()).isEqualTo(ActorKind.RIOTERS);
  }

  @Test
  void groupNamesWithMilitiaNounsAreIdentityMilitias() {
    List<ActorMention> found = RESOLVER.mentions("Pokot raiders drove off two hundred goats.");
    assertThat(found).extracting(m -> m.actor().id()).containsExactly("pokot-ethnic-militia");
    assertThat(found.get(0).surface()).isEqualTo("Pokot raiders");
    assertThat(ids("Fulani herdsmen clashed with farmers.")).contains("fulani-ethnic-militia");
    // The group's name alone is a people, or a place, not a militia.
    assertThat(ids("The road to Turkana was closed.")).isEmpty();
  }

  @Test
  void bindingGivesAcledsNameWithTheCountry() {
    assertThat(RESOLVER.bind("protesters", "KE").map(Actor::name)).contains("Protesters (Kenya)");
    assertThat(RESOLVER.bind("protesters", "KE").map(Actor::id)).contains("protesters:KE");
    assertThat(RESOLVER.bind("unidentified-armed-group", "BJ").map(Actor::name))
        .contains("Unidentified Armed Group (Benin)");
    assertThat(RESOLVER.bind("pokot-ethnic-militia", "UG").map(Actor::name))
        .contains("Pokot Ethnic Militia (Uganda)");
    // An identity militia with no country known takes its group's home.
    assertThat(RESOLVER.bind("pokot-ethnic-militia", null).map(Actor::name))
        .contains("Pokot Ethnic Militia (Kenya)");
    assertThat(RESOLVER.bind("protesters", null)).isEmpty();
    assertThat(RESOLVER.bind("al-shabaab", "SO")).isEmpty();
  }

  @Test
  void policeAndSoldiersBindToTheRegistrysStateForces() {
    assertThat(ids("Police fired tear gas.")).containsExactly("police-forces");
    Actor police = RESOLVER.bind("police-forces", "KE").orElseThrow();
    assertThat(police.id()).isEqualTo("police:KE");
    assertThat(police.name()).isEqualTo("Police Forces of Kenya");
    assertThat(RESOLVER.bind("military-forces", "SO").map(Actor::id)).contains("state:SO");
  }

  @Test
  void civiliansAreOneOfTheGenericActors() {
    assertThat(RESOLVER.civilians("BD")).isEqualTo(RESOLVER.generic("civilians", "BD"));
    assertThat(RESOLVER.civilians("BD").name()).isEqualTo("Civilians (Bangladesh)");
    assertThatThrownBy(() -> RESOLVER.generic("nobody", "BD"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acledsNamesOfGenericActorsResolveBound() {
    assertThat(RESOLVER.resolve("Protesters (Kenya)").map(Actor::id)).contains("protesters:KE");
    assertThat(RESOLVER.resolve("Rioters (Bangladesh)").map(Actor::id)).contains("rioters:BD");
    assertThat(RESOLVER.resolve("Unidentified Armed Group (Benin)").map(Actor::id))
        .contains("unidentified-armed-group:BJ");
    assertThat(RESOLVER.resolve("Turkana Ethnic Militia (Kenya)").map(Actor::id))
        .contains("turkana-ethnic-militia:KE");
    assertThat(RESOLVER.isGeneric("protesters:KE")).isTrue();
    assertThat(RESOLVER.isGeneric("state:KE")).isFalse();
  }
}
