package org.sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cleaner on pages of kinds the seeds do not show. */
class CleanerTest {
  private static final Cleaner CLEANER = Cleaner.standard(FurnitureLexicon.bundled());

  private static Page clean(String... lines) {
    return CLEANER.clean(String.join("\n", lines), null, null, null);
  }

  private static final String BODY_1 =
      "Gunmen attacked a checkpoint near Mosul on Tuesday, killing four soldiers and wounding"
          + " seven others, security officials said.";
  private static final String BODY_2 =
      "No group immediately claimed responsibility, but officials blamed remnants of the Islamic"
          + " State group, which still stages hit-and-run attacks in the area.";

  @Test
  void findsHeadlineBylineAndDatelineOfANewsPage() {
    Page page =
        clean(
            "World News",
            "Four soldiers killed in attack on Mosul checkpoint",
            "By John Smith, Reuters",
            "Published March 12, 2024 10:15 GMT",
            BODY_1,
            BODY_2);
    assertThat(page.title()).isEqualTo("Four soldiers killed in attack on Mosul checkpoint");
    assertThat(page.author()).isEqualTo("John Smith");
    assertThat(page.published()).isEqualTo("2024-03-12");
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void dropsShareBarsSignInPromptsAndCookieNotices() {
    Page page =
        clean(
            "Four soldiers killed in attack on Mosul checkpoint",
            "Share on Facebook",
            "Tweet",
            "We use cookies to give you the best experience on our site.",
            BODY_1,
            "Sign in to continue reading",
            "Subscribe to our newsletter",
            BODY_2);
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void dropsTemplatePlaceholdersAndWikiMarks() {
    Page page =
        clean(
            "Four soldiers killed in attack on Mosul checkpoint",
            "{{article.kicker}}",
            "Background[edit]",
            BODY_1 + "[12][13]",
            "%%AD_SLOT_3%%",
            BODY_2 + "[citation needed]");
    assertThat(page.text())
        .doesNotContain("{{", "[12]", "[edit]", "%%", "citation needed")
        .contains("Background", BODY_1, BODY_2);
  }

  @Test
  void dropsTheCommentSectionWithTheReadersCommentsUnderIt() {
    Page page =
        clean(
            "Four soldiers killed in attack on Mosul checkpoint",
            BODY_1,
            BODY_2,
            "Leave a Reply",
            "Your email address will not be published.",
            "ahmed84 says: this is terrible, when will it end?",
            "God protect Iraq");
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void keepsTheArticleAfterACommentCountNearTheTop() {
    Page page =
        clean("Four soldiers killed in attack on Mosul checkpoint", "3 Comments", BODY_1, BODY_2);
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void dropsTeasersOfOtherArticlesButResumesAtRunningText() {
    String teaserSnippet =
        "Militants ambushed an army patrol in the desert west of Kirkuk late on Sunday, killing…";
    Page page =
        clean(
            "Four soldiers killed in attack on Mosul checkpoint",
            BODY_1,
            "Read more:",
            "Army patrol ambushed near Kirkuk",
            teaserSnippet,
            "Drone strike hits convoy in Deir ez-Zor",
            BODY_2);
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void dropsPictureCaptionsAndKeepsSentenceCaptionsWithoutTheirCredit() {
    Page page =
        clean(
            "Four soldiers killed in attack on Mosul checkpoint",
            "Soldiers guard the checkpoint on Wednesday. [AFP]",
            "Photo: Iraqi Ministry of Defence",
            "File photo of an Iraqi army patrol",
            BODY_1,
            BODY_2);
    assertThat(page.blocks())
        .containsExactly("Soldiers guard the checkpoint on Wednesday.", BODY_1, BODY_2);
  }

  @Test
  void dropsTheTrailingListOfLinks() {
    Page page =
        clean(
            "Four soldiers killed in attack on Mosul checkpoint",
            BODY_1,
            BODY_2,
            "Iraq",
            "Islamic State",
            "Security",
            "Mosul");
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void joinsHardWrappedParagraphs() {
    String wrapped =
        "Gunmen attacked a checkpoint near Mosul on Tuesday, killing four soldiers\n"
            + "and wounding seven others, security officials said on condition of\n"
            + "anonymity because they were not allowed to brief the press.\n"
            + "\n"
            + "No group immediately claimed responsibility, but officials blamed\n"
            + "remnants of the Islamic State group, which still stages attacks in\n"
            + "the area and across the desert that runs towards the Syrian border.\n";
    Page page = CLEANER.clean(wrapped, null, null, null);
    assertThat(page.blocks()).hasSize(2);
    assertThat(page.blocks().get(0)).contains("soldiers and wounding seven others");
  }

  @Test
  void keepsHeaderFieldsGivenByMetadataAndDropsTheirCopiesFromTheBody() {
    Page page =
        CLEANER.clean(
            "Four soldiers killed in attack on Mosul checkpoint\n" + BODY_1 + "\n" + BODY_2,
            "Four soldiers killed in attack on Mosul checkpoint",
            "Jane Doe",
            "2024-03-12");
    assertThat(page.title()).isEqualTo("Four soldiers killed in attack on Mosul checkpoint");
    assertThat(page.author()).isEqualTo("Jane Doe");
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void takesNoHeadlineFromAPageThatOpensWithRunningText() {
    Page page = clean(BODY_1, BODY_2);
    assertThat(page.title()).isNull();
    assertThat(page.blocks()).containsExactly(BODY_1, BODY_2);
  }

  @Test
  void leavesAnEmptyPageEmpty() {
    assertThat(clean("Share this page", "No data was found").blocks()).isEmpty();
  }

  @Test
  void keepsAOneLineSnippetWithoutAFullStopAsTheText() {
    String snippet = "Rebels shelled the market town of Karvona on Sunday, killing three traders";
    Page page = clean(snippet);
    assertThat(page.blocks()).containsExactly(snippet);
    assertThat(page.title()).isNull();
  }

  @Test
  void keepsAShortNoteAndItsLabelWhenNothingElseIsThere() {
    Page page = clean("Property destruction", "Villagers set fire to a tax office in Lendora");
    assertThat(page.text()).contains("Villagers set fire to a tax office in Lendora");
  }

  @Test
  void keepsAShortLineThatMentionsAVideoWhenItIsTheWholeText() {
    String snippet = "Police fired tear gas at students filmed on video marching to the ministry";
    assertThat(clean(snippet).blocks()).containsExactly(snippet);
  }

  @Test
  void keepsAPageOfShortLinesWhenTheyAreAllThereIs() {
    Page page = clean("Teachers strike in Port Alder", "Nurses join march", "Shops close early");
    assertThat(page.text()).contains("Nurses join march", "Shops close early");
  }

  @Test
  void keepsATwiceRepeatedShortLine() {
    Page page = clean("Clashes in Dorvale market", "Clashes in Dorvale market");
    assertThat(page.blocks()).containsExactly("Clashes in Dorvale market");
  }
}
