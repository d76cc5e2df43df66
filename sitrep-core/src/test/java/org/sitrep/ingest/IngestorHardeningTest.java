package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Junk is refused with a reason, nearly valid text is kept, and mixed-language bodies judged. */
class IngestorHardeningTest {
  private static final Ingestor INGESTOR = Ingestor.standard(IngestConfig.DEFAULTS);

  private static final String ENGLISH =
      "Gunmen on motorbikes attacked a cattle market outside the town on Friday morning, killing"
          + " six traders and wounding at least ten others, local officials said.\n\n"
          + "The attackers set fire to several stalls before fleeing towards the forest, and the"
          + " army sent reinforcements to the area on Saturday.\n\n"
          + "Residents said the market had been threatened by armed groups for months.";

  private static IngestOutcome ingest(MediaType type, byte[] bytes) {
    return INGESTOR.ingest(new RawInput("test:input", "input", type, bytes));
  }

  private static IngestOutcome ingestText(String text) {
    return ingest(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tinyRandomBinaryFilesAreNeverStored() {
    Random random = new Random(11);
    List<Integer> stored = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[1 + random.nextInt(500)];
      random.nextBytes(bytes);
      for (int j = 0; j < bytes.length; j++) {
        if (bytes[j] == 0) {
          bytes[j] = 1; // no NUL: the cheap binary test must not be what refuses them
        }
      }
      if (ingest(MediaType.PLAIN_TEXT, bytes) instanceof CleanDocument) {
        stored.add(i);
      }
    }
    assertThat(stored).isEmpty();
  }

  @Test
  void recordsOfControlCharactersOrLoneSurrogatesAreRefusedAsNoWords() {
    for (String text : List.of("\\u0001\\u0002\\u0003\\u0004", "\\ud800 \\udfff \\ud801")) {
      IngestOutcome outcome =
          ingest(
              MediaType.JSON_RECORD,
              ("{\"id\":\"x\",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
      assertThat(outcome).isInstanceOf(Rejection.class);
      assertThat(((Rejection) outcome).reason())
          .isIn(RejectionReason.NO_WORDS, RejectionReason.BINARY, RejectionReason.EMPTY);
    }
  }

  @Test
  void anEntityBombPageIsRefusedAsNoWords() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;\">]>"
            + "<lolz>&lol3;</lolz>";

    IngestOutcome outcome = ingestText(bomb);

    assertThat(outcome).isInstanceOf(Rejection.class);
    assertThat(((Rejection) outcome).reason()).isEqualTo(RejectionReason.NO_WORDS);
  }

  @Test
  void oneInvalidByteInAUtf8ArticleIsReplacedAndRecorded() {
    String text = "Soldiers \u2014 “the patrol” \u2014 reached Gaoua’s outskirts.\n\n" + ENGLISH;
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] damaged = utf8.clone();
    damaged[100] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    damaged[101] = 'x';

    IngestOutcome outcome = ingest(MediaType.PLAIN_TEXT, damaged);

    assertThat(outcome).isInstanceOf(CleanDocument.class);
    CleanDocument doc = (CleanDocument) outcome;
    assertThat(doc.charset()).isEqualTo("UTF-8, 1 invalid byte sequence replaced");
    assertThat(doc.text()).contains("“the patrol”", "\uFFFD");
  }

  @Test
  void windows1252TextIsStillReadAsWindows1252() {
    byte[] bytes =
        ("\u201cWe fled at night,\u201d she said. " + ENGLISH)
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    IngestOutcome outcome = ingest(MediaType.PLAIN_TEXT, bytes);

    assertThat(outcome).isInstanceOf(CleanDocument.class);
    assertThat(((CleanDocument) outcome).charset()).isEqualTo("windows-1252");
    assertThat(((CleanDocument) outcome).text()).contains("\u201cWe fled at night,\u201d");
  }

  @Test
  void anEnglishBodyOpeningWithAForeignParagraphIsEnglish() {
    String text =
        "Des hommes armés ont attaqué un marché au bétail vendredi matin, tuant six"
            + " commerçants et en blessant au moins dix autres, selon les autorités locales, qui"
            + " ont ajouté que les assaillants avaient incendié plusieurs étals avant de fuir.\n\n"
            + ENGLISH
            + "\n\nThe governor visited the wounded in hospital on Sunday and promised that"
            + " soldiers would guard the market from now on, as traders began to rebuild.";

    IngestOutcome outcome = ingestText(text);

    assertThat(outcome).isInstanceOf(CleanDocument.class);
    assertThat(((CleanDocument) outcome).language()).isEqualTo("en");
  }

  @Test
  void aForeignArticleIsStillRefused() {
    String french =
        "Des hommes armés ont attaqué un marché au bétail vendredi matin, tuant six"
            + " commerçants et en blessant au moins dix autres, selon les autorités locales.\n\n"
            + "Les assaillants ont incendié plusieurs étals avant de fuir vers la forêt, et"
            + " l'armée a envoyé des renforts dans la zone samedi.";

    IngestOutcome outcome = ingestText(french);

    assertThat(outcome).isInstanceOf(Rejection.class);
    assertThat(((Rejection) outcome).reason()).isEqualTo(RejectionReason.NOT_ENGLISH);
  }

  @Test
  void aShortEnglishReportIsKept() {
    assertThat(ingestText("Bomb kills 3 near the border post.")).isInstanceOf(CleanDocument.class);
  }

  @Test
  void anArticleInsideAPageOfEntityJunkIsKept() {
    String page =
        "<html><body><p>"
            + ENGLISH.replace("\n\n", "</p><p>")
            + "</p><p>"
            + "&amp;amp;".repeat(100_000)
            + "</p></body></html>";

    IngestOutcome outcome = ingest(MediaType.HTML, page.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome).isInstanceOf(CleanDocument.class);
    assertThat(((CleanDocument) outcome).text()).contains("killing six traders");
  }
}
