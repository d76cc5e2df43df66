package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a saved page's first lines say about it: the address it came from, the day it bears. */
class SavedPageMetadataTest {
  private static final Ingestor INGESTOR = Ingestor.standard(IngestConfig.DEFAULTS);

  private static final String BODY =
      "Gunmen on motorbikes attacked a cattle market outside the town on Friday morning, killing"
          + " six traders and wounding at least ten others, local officials said.\n\n"
          + "The attackers set fire to several stalls before fleeing towards the forest, and the"
          + " army sent reinforcements to the area on Saturday.";

  private static CleanDocument ingest(String text) {
    IngestOutcome outcome =
        INGESTOR.ingest(
            new RawInput(
                "test:page",
                "page.txt",
                MediaType.PLAIN_TEXT,
                text.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome).isInstanceOf(CleanDocument.class);
    return (CleanDocument) outcome;
  }

  @Test
  void anOpeningAddressIsTheUrlNotTheHeadlineAndItsDayIsThePublicationDate() {
    CleanDocument d =
        ingest("https://news.example.org/world/2023/05/14/market-attack.html?ref=rss\n\n" + BODY);

    assertThat(d.metadata().url())
        .isEqualTo("https://news.example.org/world/2023/05/14/market-attack.html?ref=rss");
    assertThat(d.metadata().title()).isNull();
    assertThat(d.metadata().published()).isEqualTo("2023-05-14");
    assertThat(d.text()).doesNotContain("https://").startsWith("Gunmen on motorbikes");
  }

  @Test
  void aDateStampOpeningTheFirstParagraphIsThePublicationDateAndLeavesTheBody() {
    CleanDocument d = ingest("https://news.example.org/market-attack\n\ndate 2023-05-14 " + BODY);

    assertThat(d.metadata().published()).isEqualTo("2023-05-14");
    assertThat(d.text()).startsWith("Gunmen on motorbikes");
  }

  @Test
  void theStatedDateWinsOverTheAddresssDayAndAnAddressWithoutADayGivesNone() {
    assertThat(
            ingest(
                    "https://news.example.org/2023/05/20/x.html\n\nPublished: 14 May 2023\n\n"
                        + BODY)
                .metadata()
                .published())
        .isEqualTo("2023-05-14");
    assertThat(
            ingest("https://news.example.org/archive/2023/05/\n\n" + BODY).metadata().published())
        .isNull();
  }

  @Test
  void aTextThatDoesNotOpenWithAnAddressKeepsItsFirstLine() {
    CleanDocument d = ingest("Market attack kills six traders\n\n" + BODY);

    assertThat(d.metadata().url()).isNull();
    assertThat(d.metadata().title()).isEqualTo("Market attack kills six traders");
  }
}
