package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Language identification with the accepted languages preferred when they are a close second. */
class LanguageIdentifierTest {
  private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.bundled();

  @Test
  void takesEnglishForAShortEnglishNoteCrowdedWithForeignNames() {
    String note =
        "On 3 March 2024, Al Shabaab set up a checkpoint in the Qoryaale Dheere area near"
            + " Buulo Xaawaale village (Baardheere, Gedo).";
    assertThat(LANGUAGES.identify(note, Set.of("eng")).iso639_3()).isEqualTo("eng");
  }

  @Test
  void stillTellsFrenchFromEnglish() {
    String french =
        "Des hommes armés ont attaqué un poste de contrôle près de la ville mardi soir, tuant"
            + " quatre soldats et blessant sept autres, selon des sources sécuritaires.";
    assertThat(LANGUAGES.identify(french, Set.of("eng")).iso639_3()).isEqualTo("fra");
  }
}
