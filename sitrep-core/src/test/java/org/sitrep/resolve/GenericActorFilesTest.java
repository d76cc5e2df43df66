package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Loads generic-actors.tsv, identity-groups.tsv, identity-nouns.txt and regimes.tsv and checks
 * them.
 */
class GenericActorFilesTest {
  private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(REGISTRY);
  private static final GenericActors GENERICS = REGISTRY.generics();

  private static String only(String text) {
    List<ActorMention> found = RESOLVER.mentions(text);
    return found.size() == 1 ? found.get(0).actor().id() : found.toString();
  }

  @Test
  void theFilesHoldTheActorsAcledNamesByWhatTheyAre() {
    Set<String> slugs = new HashSet<>();
    GENERICS.kinds().forEach(k -> slugs.add(k.slug()));
    assertThat(slugs)
        .contains(
            "unidentified-armed-group",
            "protesters",
            "rioters",
            "civilians",
            "unidentified-communal-militia",
            "police-forces",
            "military-forces");
    assertThat(GENERICS.groups()).hasSizeGreaterThan(50);
    assertThat(GENERICS.identityNouns()).contains("raiders", "militia", "herdsmen");
  }

  @Test
  void everyNounNamesItsGenericActor() {
    List<String> wrong = new ArrayList<>();
    for (GenericActors.Kind kind : GENERICS.kinds()) {
      for (String noun : kind.nouns()) {
        String got = only("Then " + noun + " arrived.");
        if (!got.equals(kind.slug())) {
          wrong.add(noun + " -> " + got);
        }
      }
      for (String noun : kind.cued()) {
        String cue = kind.cues().get(0);
        String got = only("Then " + noun + " " + cue + " here.");
        if (!got.equals(kind.slug())) {
          wrong.add(noun + " " + cue + " -> " + got);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyGroupWithAMilitiaNounNamesItsMilitia() {
    List<String> wrong = new ArrayList<>();
    for (GenericActors.Group group : GENERICS.groups()) {
      for (String name : group.names()) {
        String got = only("Then " + name + " militiamen arrived.");
        if (!got.equals(group.slug())) {
          wrong.add(name + " -> " + got);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noGenericNounOrGroupNameIsARegistryName() {
    List<String> claimed = new ArrayList<>();
    for (GenericActors.Kind kind : GENERICS.kinds()) {
      for (String noun : kind.nouns()) {
        RESOLVER
            .resolve(noun)
            .filter(a -> !RESOLVER.isGeneric(a.id()))
            .ifPresent(a -> claimed.add(noun + " -> " + a.id()));
      }
    }
    for (GenericActors.Group group : GENERICS.groups()) {
      for (String name : group.names()) {
        RESOLVER
            .resolve(name)
            .filter(a -> a.kind() != ActorKind.STATE && !RESOLVER.isGeneric(a.id()))
            .ifPresent(a -> claimed.add(name + " -> " + a.id()));
      }
    }
    assertThat(claimed).isEmpty();
  }

  @Test
  void everyGenericActorBindsToEveryStateWithItsCountry() {
    for (Actor state : REGISTRY.actors()) {
      if (state.kind() != ActorKind.STATE) {
        continue;
      }
      for (GenericActors.Kind kind : GENERICS.kinds()) {
        Actor bound = RESOLVER.generic(kind.slug(), state.country());
        assertThat(bound.country()).isEqualTo(state.country());
        assertThat(bound.name()).contains(state.name());
      }
    }
  }

  @Test
  void regimesAreForKnownStates() {
    for (Actor state : REGISTRY.actors()) {
      if (state.kind() == ActorKind.STATE) {
        REGISTRY
            .acledName(state.id(), 2026)
            .ifPresent(name -> assertThat(name).startsWith("Military Forces of " + state.name()));
      }
    }
    assertThat(REGISTRY.acledName("state:SO", 2026)).isPresent();
  }
}
