package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void foldsCaseAccentsDashesApostrophesPeriodsAndTheArticle() {
    assertThat(Names.fold("The Islamic State")).isEqualTo(Names.fold("islamic state"));
    assertThat(Names.fold("Ahvāz")).isEqualTo("ahvaz");
    assertThat(Names.fold("ISIS\u2013K")).isEqualTo(Names.fold("ISIS-K")).isEqualTo("isis k");
    assertThat(Names.fold("Iran\u2019s parliament")).isEqualTo("irans parliament");
    assertThat(Names.fold("U.S.")).isEqualTo(Names.fold("US"));
    assertThat(Names.fold("Islamic State of Iraq and the Levant"))
        .isEqualTo("islamic state of iraq and levant");
  }

  @Test
  void keepsDifferentNamesApart() {
    assertThat(Names.matches("Hezbollah", List.of("Kataib Hezbollah"))).isFalse();
    assertThat(Names.matches("Ansar Allah", List.of("Jund Ansar Allah"))).isFalse();
    assertThat(Names.matches("Theodore", List.of("odore"))).isFalse();
    assertThat(Names.matches(null, List.of(""))).isFalse();
  }

  @Test
  void matchesWhenAnyNameIsAcceptable() {
    assertThat(Names.anyMatches(List.of("Army", "the army"), List.of("Army of X", "Army")))
        .isTrue();
    assertThat(Names.anyMatches(List.of("Army"), List.of("Navy"))).isFalse();
  }
}
