package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

/** Names several actors share on purpose, chosen by the document's countries. */
class AmbiguousNamesTest {
  private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(REGISTRY);
  private static final Tokenizer TOKENIZER = new Tokenizer(new NameFolder());

  @Test
  void everySharedNameIsHeldByActorsOfSeveralCountriesOneOfThemItsDefault() {
    assertThat(REGISTRY.ambiguousKeys()).isNotEmpty();
    for (Map.Entry<String, String> e : REGISTRY.ambiguousKeys().entrySet()) {
      Set<String> holders = new HashSet<>();
      Set<String> countries = new HashSet<>();
      for (Actor a : REGISTRY.actors()) {
        List<String> names = new java.util.ArrayList<>(a.aliases());
        names.add(a.name());
        for (String name : names) {
          if (Alias.of(a, TOKENIZER.tokenize(name)).key().equals(e.getKey())) {
            holders.add(a.id());
            countries.add(String.valueOf(a.country()));
          }
        }
      }
      assertThat(holders).as("holders of %s", e.getKey()).hasSizeGreaterThan(1);
      assertThat(countries).as("countries of %s", e.getKey()).hasSizeGreaterThan(1);
      assertThat(holders).as("default of %s", e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void theDocumentsCountriesChooseTheActor() {
    assertThat(RESOLVER.resolve("SNA", List.of("SO")).map(Actor::id)).contains("state:SO");
    assertThat(RESOLVER.resolve("SNA", List.of("SY")).map(Actor::id)).contains("sna");
    assertThat(RESOLVER.resolve("ADF", List.of("AU")).map(Actor::id)).contains("state:AU");
    assertThat(RESOLVER.resolve("ADF", List.of("CD")).map(Actor::id)).contains("adf");
    assertThat(RESOLVER.resolve("PDF", List.of("SD")).map(Actor::id))
        .contains("popular-defence-forces");
    assertThat(RESOLVER.resolve("UPC", List.of("CD")).map(Actor::id)).contains("upc-drc");
  }

  @Test
  void unknownCountriesKeepTheDefault() {
    assertThat(RESOLVER.resolve("SNA").map(Actor::id)).contains("sna");
    assertThat(RESOLVER.resolve("ADF").map(Actor::id)).contains("adf");
    assertThat(RESOLVER.resolve("SNA", List.of("FR")).map(Actor::id)).contains("sna");
  }

  @Test
  void aTextTellsItsOwnCountry() {
    assertThat(
            RESOLVER
                .mentions("SNA troops pushed al-Shabaab out of two villages near Mogadishu.")
                .get(0)
                .actor()
                .id())
        .isEqualTo("state:SO");
    assertThat(
            RESOLVER
                .mentions("The SNA shelled SDF positions east of Aleppo, Syrian media said.")
                .get(0)
                .actor()
                .id())
        .isEqualTo("sna");
    assertThat(
            RESOLVER
                .mentions("ADF rebels killed villagers near Beni, the Congolese army said.")
                .get(0)
                .actor()
                .id())
        .isEqualTo("adf");
    assertThat(
            RESOLVER
                .mentions("An ADF patrol boat docked in Darwin, the Australian government said.")
                .get(0)
                .actor()
                .id())
        .isEqualTo("state:AU");
  }

  @Test
  void aCapitalNamedAsAPlaceTellsTheCountryToo() {
    assertThat(RESOLVER.countries("A soldier of the SNA looted a shop in Mogadishu."))
        .containsExactly("SO");
    assertThat(
            RESOLVER
                .mentions("A soldier of the SNA looted a shop in Mogadishu.")
                .get(0)
                .actor()
                .id())
        .isEqualTo("state:SO");
    assertThat(RESOLVER.countries("Nothing here names a country.")).isEmpty();
  }

  @Test
  void countriesGivenByTheCallerOverrideTheText() {
    assertThat(RESOLVER.mentions("the SNA advanced", List.of("SO")).get(0).actor().id())
        .isEqualTo("state:SO");
  }
}
