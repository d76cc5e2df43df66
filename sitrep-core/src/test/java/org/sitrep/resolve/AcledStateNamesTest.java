package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/** ACLED's names for state forces: "Military Forces of X", "Police Forces of X (years)". */
class AcledStateNamesTest {
  private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(REGISTRY);

  @Test
  void everyStateHasItsPoliceForces() {
    for (Actor state : REGISTRY.actors()) {
      if (state.kind() == ActorKind.STATE) {
        Actor police = REGISTRY.actor("police:" + state.country()).orElseThrow();
        assertThat(police.name()).isEqualTo("Police Forces of " + state.name());
        assertThat(police.kind()).isEqualTo(ActorKind.STATE_FORCES);
        assertThat(police.parent()).isEqualTo(state.id());
      }
    }
  }

  @Test
  void policeNamesResolveToThePoliceNotTheState() {
    assertThat(RESOLVER.resolve("Kenyan police").map(Actor::id)).contains("police:KE");
    assertThat(RESOLVER.resolve("Police Forces of Kenya").map(Actor::id)).contains("police:KE");
    assertThat(RESOLVER.resolve("Kenyan security forces").map(Actor::id)).contains("state:KE");
    assertThat(RESOLVER.resolve("Military Forces of Kenya").map(Actor::id)).contains("state:KE");
  }

  @Test
  void regimeDatedNamesAreAliases() {
    assertThat(RESOLVER.resolve("Military Forces of Kenya (2013-2022)").map(Actor::id))
        .contains("state:KE");
    assertThat(RESOLVER.resolve("Police Forces of Somalia (2022-)").map(Actor::id))
        .contains("police:SO");
    assertThat(REGISTRY.acledName("state:KE", 2015))
        .contains("Military Forces of Kenya (2013-2022)");
    assertThat(REGISTRY.acledName("police:KE", 2024)).contains("Police Forces of Kenya (2022-)");
    assertThat(REGISTRY.acledName("police:KE", 1990)).isEmpty();
    assertThat(REGISTRY.acledName("al-shabaab", 2024)).isEmpty();
  }
}
