package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerGuardTest {
  @Test
  void blanksARunWithoutSpaceLongerThanAnyTokenKeepingTheLength() {
    String run = "&".repeat(TokenizerGuard.MAX_RUN_CHARS + 1);
    String text = "Shells fell on the port.\n" + run + "\nTwo died.";

    String guarded = TokenizerGuard.blankOverlongRuns(text);

    assertThat(guarded).hasSameSizeAs(text);
    assertThat(guarded)
        .isEqualTo("Shells fell on the port.\n" + " ".repeat(run.length()) + "\nTwo died.");
  }

  @Test
  void leavesWordsUrlsAndRunsUpToTheLimitAlone() {
    String text =
        "See https://example.org/a/very/long/path?with=query "
            + "-".repeat(TokenizerGuard.MAX_RUN_CHARS)
            + " & & & end";

    assertThat(TokenizerGuard.blankOverlongRuns(text)).isSameAs(text);
  }

  @Test
  void aMegabyteOfEntitiesComesBackBlankInOnePass() {
    String text = "&amp;".repeat(200_000);

    assertThat(TokenizerGuard.blankOverlongRuns(text)).isBlank().hasSameSizeAs(text);
  }
}
