package org.sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.SitrepException;
import org.sitrep.ingest.clean.FurnitureLexicon.Kind;

class FurnitureLexiconTest {
  private static final FurnitureLexicon LEXICON = FurnitureLexicon.bundled();

  @Test
  void bundledLexiconHasRulesOfEveryKind() {
    for (Kind kind : Kind.values()) {
      assertThat(LEXICON.size(kind)).as(kind.name()).isGreaterThan(3);
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Share this article|LINE",
        "Share on Facebook|LINE",
        "12 Comments|LINE",
        "Sign in to continue reading|LINE",
        "Subscribe to our newsletter|LINE",
        "No results found|LINE",
        "We use cookies to improve your experience.|LINE",
        "© 2024 Example Media. All rights reserved.|LINE",
        "Leave a Reply|END",
        "Was this article helpful?|END",
        "Comments are closed.|END",
        "Read more:|RELATED",
        "More from World News|RELATED",
        "People also read|RELATED",
        "Most popular|RELATED"
      })
  void namesTypicalFurniture(String block, Kind kind) {
    assertThat(LEXICON.matches(kind, block)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The group shared the video on Telegram, where it claimed 12 comments were fake.",
        "Related attacks took place in Kabul the same week, killing at least 20 people.",
        "Iran’s Islamic Revolutionary Guard Corps conducted a large-scale military training."
      })
  void leavesRunningTextAlone(String block) {
    for (Kind kind : Kind.values()) {
      assertThat(LEXICON.matches(kind, block)).as(kind.name()).isFalse();
    }
  }

  @Test
  void namesTheLineOfAMalformedRule() {
    assertThatThrownBy(() -> FurnitureLexicon.parse("# comment\nline\tshare (this\n"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining(":2:");
    assertThatThrownBy(() -> FurnitureLexicon.parse("sidebar\tshare\n"))
        .isInstanceOf(SitrepException.class)
        .hasMessageContaining("unknown kind");
  }

  @Test
  void aMegabyteRunOfDashesIsReadInOnePassAndIsNoFurniture() {
    // A regex cutting trailing decoration before the length check was quadratic on this block.
    String block = " -".repeat(500_000) + " x";

    assertThat(LEXICON.matches(Kind.LINE, block)).isFalse();
    assertThat(LEXICON.matches(Kind.END, block)).isFalse();
  }

  @Test
  void trailingDecorationIsStillCutBeforeMatching() {
    assertThat(LEXICON.matches(Kind.RELATED, "Read more » » -- :")).isTrue();
  }
}
