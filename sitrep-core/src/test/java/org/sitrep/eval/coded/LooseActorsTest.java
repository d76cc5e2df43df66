package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

class LooseActorsTest {
  private final LooseActors loose = LooseActors.standard();

  private static Actor actor(String name, ActorKind kind, String country, String... aliases) {
    return new Actor("id", name, kind, country, List.of(aliases), null);
  }

  @Test
  void agreesWhenANameSharesADistinctiveWord() {
    Actor front = actor("Northern Liberation Front", ActorKind.REBEL_GROUP, null);

    assertThat(loose.matches(front, List.of("Liberation Front of the North"))).isTrue();
  }

  @Test
  void agreesThroughAnAlias() {
    Actor front = actor("Northern Liberation Front", ActorKind.REBEL_GROUP, null, "NLF");

    assertThat(loose.matches(front, List.of("NLF: Northern Front"))).isTrue();
    assertThat(loose.matches(front, List.of("nlf"))).as("case-insensitive").isTrue();
  }

  @Test
  void genericWordsAndBracketsAreNotEnough() {
    Actor militia = actor("Hill Militia", ActorKind.IDENTITY_MILITIA, null);
    Actor bandits = actor("Armed Bandits", ActorKind.POLITICAL_MILITIA, "NG");

    assertThat(loose.matches(militia, List.of("Valley Militia (Ruritania)"))).isFalse();
    assertThat(loose.matches(bandits, List.of("Unidentified Armed Group (Nigeria)"))).isFalse();
    assertThat(loose.words("Police Forces of Ruritania (2019-2023)")).containsExactly("ruritania");
  }

  @Test
  void theArabicArticleIsNoSharedWord() {
    Actor brigades = actor("al-Nasr Brigades", ActorKind.REBEL_GROUP, null);

    assertThat(loose.matches(brigades, List.of("Al Fajr Movement"))).isFalse();
    assertThat(loose.matches(brigades, List.of("Nasr Brigade"))).isTrue();
  }

  @Test
  void aStateForceAgreesWithAGoldNameOfItsCountry() {
    Actor army = actor("Kenya Defence Forces", ActorKind.STATE_FORCES, "KE");
    Actor rebels = actor("Coast Rebels", ActorKind.REBEL_GROUP, "KE");

    assertThat(loose.matches(army, List.of("Military Forces of Kenya (2022-)"))).isTrue();
    assertThat(loose.matches(army, List.of("Police Forces of Kenya (2013-2022)"))).isTrue();
    assertThat(loose.matches(army, List.of("Rioters (Kenya)")))
        .as("a bracketed country says where, not who")
        .isFalse();
    assertThat(loose.matches(rebels, List.of("Military Forces of Kenya (2022-)"))).isFalse();
  }

  @Test
  void agreesWithEitherOfTwoGoldActors() {
    Actor students = actor("Student Union", ActorKind.PROTESTERS, null);

    assertThat(loose.matches(students, List.of("Rioters (Ruritania)", "Student Union (Ruritania)")))
        .isTrue();
  }
}
