package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.ingest.clean.Cleaner;
import org.sitrep.ingest.clean.FurnitureLexicon;
import org.sitrep.ingest.clean.Page;
import org.sitrep.testing.ProjectFiles;

/** The nlp stage with the real CoreNLP models, over the demo corpus and made-up sentences. */
class AnnotatorIT {
  private static final Pattern TRIGGER =
      Pattern.compile(
          "\\b(attack|strike|bomb|killed|explosion|missile|drone|clash|arrest|captured|raid|fired"
              + "|launched|targeted|shelling|suicide|ambush|seized|claimed|declared)",
          Pattern.CASE_INSENSITIVE);
  private static final Predicate<String> WORTH = s -> TRIGGER.matcher(s).find();

  private static Annotator annotator;
  private static List<Page> corpus;

  @BeforeAll
  static void load() throws IOException {
    Cleaner cleaner = Cleaner.standard(FurnitureLexicon.bundled());
    TextDecoder decoder = new TextDecoder();
    corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(ProjectFiles.demoCorpus())) {
      for (Path file : files.sorted().toList()) {
        String text = decoder.decode(Files.readAllBytes(file)).text();
        corpus.add(cleaner.clean(text, null, null, null));
      }
    }
    assertThat(corpus).isNotEmpty();
    annotator =
        new Annotator(
            NlpConfig.baselineDefaults()
                .withNeighbours(1)
                .withTime(NlpConfig.TimeTagging.ALL_SENTENCES));
  }

  @Test
  void sentenceAndTokenSpansMatchTheTextOfTheDemoCorpus() {
    for (Page page : corpus) {
      String text = page.text();
      AnnotatedDocument doc = annotator.annotate(text, page.published(), WORTH);

      assertThat(doc.text()).isSameAs(text);
      assertThat(doc.sentences()).isNotEmpty();
      int previousEnd = 0;
      for (int i = 0; i < doc.sentences().size(); i++) {
        Sentence s = doc.sentences().get(i);
        assertThat(s.index()).isEqualTo(i);
        assertThat(text.substring(s.span().begin(), s.span().end())).isEqualTo(s.text());
        assertThat(s.span().begin()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(s.text()).doesNotContain("\n").isNotBlank();
        previousEnd = s.span().end();
        for (Token t : s.tokens()) {
          assertThat(t.span().begin()).isGreaterThanOrEqualTo(s.span().begin());
          assertThat(t.span().end()).isLessThanOrEqualTo(s.span().end());
          assertThat(text.substring(t.span().begin(), t.span().end())).isEqualTo(t.word());
        }
        for (EntityMention e : s.entities()) {
          assertThat(text.substring(e.span().begin(), e.span().end())).isEqualTo(e.text());
          assertThat(e.span().begin()).isGreaterThanOrEqualTo(s.span().begin());
          assertThat(e.span().end()).isLessThanOrEqualTo(s.span().end());
        }
      }
    }
  }

  @Test
  void everyBlockOfTheDemoCorpusStartsASentenceAndParagraphIndexesFollowTheBlocks() {
    for (Page page : corpus) {
      String text = page.text();
      AnnotatedDocument doc = annotator.annotate(text, null, WORTH);

      List<Sentence> sentences = doc.sentences();
      assertThat(sentences.get(0).paragraph()).isZero();
      for (int i = 1; i < sentences.size(); i++) {
        int step = sentences.get(i).paragraph() - sentences.get(i - 1).paragraph();
        assertThat(step).isBetween(0, 1);
      }
      assertThat(sentences.get(sentences.size() - 1).paragraph())
          .isEqualTo(page.blocks().size() - 1);
      int offset = 0;
      for (int b = 0; b < page.blocks().size(); b++) {
        int begin = offset;
        int block = b;
        assertThat(sentences)
            .as("a sentence starts block %d: %s", b, page.blocks().get(b))
            .anySatisfy(
                s -> {
                  assertThat(s.span().begin()).isEqualTo(begin);
                  assertThat(s.paragraph()).isEqualTo(block);
                });
        offset += page.blocks().get(b).length() + 2;
      }
    }
  }

  @Test
  void aHeadingAndEachParagraphAreSentencesOfTheirOwn() {
    String text =
        "Iran Strikes Back at ISIL\n\n"
            + "On 18 June 2017, the IRGC fired six missiles at Deir Ezzor. It was a show of force."
            + "\n\nThe Guards said nothing more";

    AnnotatedDocument doc = annotator.annotate(text, null, s -> true);

    assertThat(doc.sentences())
        .extracting(Sentence::text)
        .containsExactly(
            "Iran Strikes Back at ISIL",
            "On 18 June 2017, the IRGC fired six missiles at Deir Ezzor.",
            "It was a show of force.",
            "The Guards said nothing more");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }

  @Test
  void onlySentencesWorthAnnotatingAndTheirNeighboursAreTagged() {
    String text =
        "The weather was mild. Markets opened late. Nothing else happened.\n\n"
            + "On 18 June 2017, gunmen attacked a checkpoint in Kabul. Traffic resumed by noon."
            + " Schools stayed open. Shops closed early.";

    AnnotatedDocument doc = annotator.annotate(text, null, WORTH);

    assertThat(doc.sentences())
        .extracting(Sentence::fullyAnnotated)
        .containsExactly(false, false, true, true, true, false, false);
    for (Sentence s : doc.sentences()) {
      if (!s.fullyAnnotated()) {
        assertThat(s.entities()).isEmpty();
        assertThat(s.tokens())
            .isNotEmpty()
            .allSatisfy(
                t -> {
                  assertThat(t.pos()).isNull();
                  assertThat(t.ner()).isNull();
                  assertThat(t.lemma()).isEqualTo(t.word().toLowerCase(java.util.Locale.ROOT));
                });
      } else {
        assertThat(s.tokens()).allSatisfy(t -> assertThat(t.pos()).isNotNull());
        assertThat(s.tokens()).allSatisfy(t -> assertThat(t.ner()).isNotNull());
      }
    }
    Sentence attack = doc.sentences().get(3);
    assertThat(attack.entities())
        .contains(
            new EntityMention(span(text, "18 June 2017"), "18 June 2017", "DATE", "2017-06-18"))
        .anySatisfy(
            e -> {
              assertThat(e.text()).isEqualTo("Kabul");
              assertThat(e.type()).isEqualTo("LOCATION");
              assertThat(e.normalized()).isNull();
            });
    assertThat(attack.tokens())
        .anySatisfy(
            t -> {
              assertThat(t.word()).isEqualTo("attacked");
              assertThat(t.lemma()).isEqualTo("attack");
              assertThat(t.pos()).isEqualTo("VBD");
            });
  }

  @Test
  void nothingIsTaggedWhenNothingIsWorthAnnotating() {
    AnnotatedDocument doc = annotator.annotate(corpus.get(0).text(), null, s -> false);

    assertThat(doc.sentences())
        .allSatisfy(
            s -> {
              assertThat(s.fullyAnnotated()).isFalse();
              assertThat(s.entities()).isEmpty();
              assertThat(s.tokens()).allSatisfy(t -> assertThat(t.ner()).isNull());
            });
  }

  @Test
  void theDemoCorpusDatesCarrySuTimeValues() {
    Page iran = corpus.get(0);
    AnnotatedDocument doc = annotator.annotate(iran.text(), null, WORTH);

    List<EntityMention> dates =
        doc.sentences().stream()
            .flatMap(s -> s.entities().stream())
            .filter(e -> e.type().equals("DATE"))
            .toList();
    assertThat(dates)
        .anySatisfy(
            e -> {
              assertThat(e.text()).isEqualTo("18 June 2017");
              assertThat(e.normalized()).isEqualTo("2017-06-18");
            });
    assertThat(dates).allSatisfy(e -> assertThat(e.normalized()).isNotNull());
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    String text = "The strike yesterday killed four people. On 3 January a drone struck Idlib.";

    AnnotatedDocument doc = annotator.annotate(text, "2024-01-04", s -> true);

    assertThat(doc.published()).isEqualTo("2024-01-04");
    assertThat(normalized(doc, "yesterday")).isEqualTo("2024-01-03");
    assertThat(normalized(doc, "3 January")).isEqualTo("2024-01-03");
    assertThat(normalized(doc, "four")).isEqualTo("4");
  }

  @Test
  void aDateTimeCountsAsItsDay() {
    AnnotatedDocument doc =
        annotator.annotate("The raid came yesterday.", "2024-01-04T09:30:00Z", s -> true);

    assertThat(doc.published()).isEqualTo("2024-01-04");
    assertThat(normalized(doc, "yesterday")).isEqualTo("2024-01-03");
  }

  @Test
  void withoutADayOfPublicationDatesWithoutAYearStayUnresolved() {
    String text = "On 3 January a drone struck Idlib.";

    for (String published : new String[] {null, "2024-01", "2024"}) {
      AnnotatedDocument doc = annotator.annotate(text, published, s -> true);

      assertThat(doc.published()).isNull();
      assertThat(normalized(doc, "3 January")).isEqualTo("XXXX-01-03");
    }
  }

  @Test
  void aPublicationDateThatIsNoDateIsRefused() {
    assertThatThrownBy(() -> annotator.annotate("A strike.", "yesterday", s -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yesterday");
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(annotator.annotate("", null, s -> true).sentences()).isEmpty();
  }

  @Test
  void theBaselineTagsEverySentenceWithFineGrainedTypes() {
    Page page = corpus.get(0);
    AnnotatedDocument chosen = annotator.annotate(page.text(), null, WORTH);
    AnnotatedDocument full = annotator.annotateFully(page.text(), null);

    assertThat(full.sentences()).allSatisfy(s -> assertThat(s.fullyAnnotated()).isTrue());
    assertThat(full.sentences())
        .extracting(Sentence::span)
        .containsExactlyElementsOf(chosen.sentences().stream().map(Sentence::span).toList());
    assertThat(chosen.sentences()).anySatisfy(s -> assertThat(s.fullyAnnotated()).isFalse());
    assertThat(full.sentences().stream().flatMap(s -> s.entities().stream()))
        .extracting(EntityMention::type)
        .contains("COUNTRY");
  }

  @Test
  void annotateFullyNeedsTheBaselinePipeline() {
    assertThatThrownBy(() -> new Annotator(NlpConfig.DEFAULTS).annotateFully("A strike.", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void concurrentCallsGiveTheSameResultsAsSequentialOnes() {
    List<AnnotatedDocument> sequential =
        corpus.stream().map(p -> annotator.annotate(p.text(), "2024-01-04", WORTH)).toList();

    List<AnnotatedDocument> parallel =
        corpus.parallelStream()
            .map(p -> annotator.annotate(p.text(), "2024-01-04", WORTH))
            .toList();

    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void byDefaultSuTimeRunsOnlyOnSentencesWithATemporalCue() {
    Annotator standard = Annotator.standard();
    String text =
        "Militants attacked a checkpoint in Mosul and killed four soldiers.\n"
            + "On Tuesday militants attacked a checkpoint in Mosul.";

    AnnotatedDocument doc = standard.annotate(text, "2024-01-04", s -> true);

    Sentence uncued = doc.sentences().get(0);
    Sentence cued = doc.sentences().get(1);
    assertThat(uncued.fullyAnnotated()).isTrue();
    assertThat(uncued.entities())
        .extracting(EntityMention::type)
        .contains("LOCATION", "NUMBER")
        .doesNotContain("DATE");
    assertThat(cued.entities())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("DATE");
              assertThat(e.text()).isEqualTo("Tuesday");
              assertThat(e.normalized()).matches("2024-01-0\\d");
            });
    assertThat(standard.config().nerModels()).containsExactly(NlpConfig.CONLL_MODEL);
  }

  @Test
  void configIsValidated() {
    assertThatThrownBy(() -> NlpConfig.DEFAULTS.withNeighbours(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpConfig.DEFAULTS.withMaxSentenceChars(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpConfig.DEFAULTS.withNerModels(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String normalized(AnnotatedDocument doc, String mention) {
    return doc.sentences().stream()
        .flatMap(s -> s.entities().stream())
        .filter(e -> e.text().equals(mention))
        .map(EntityMention::normalized)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + mention + " in " + doc.sentences()));
  }

  @Test
  void aMegabyteOfAmpersandEntitiesIsAnnotatedAroundNotTokenized() {
    // Two million characters of "&amp;" with no space kept CoreNLP's tokenizer busy for minutes.
    String junk = "&amp;".repeat(200_000);
    String text =
        "Gunmen attacked a police post in the hills on Monday.\n\n"
            + junk
            + "\n\nThree officers were killed in the attack.";

    AnnotatedDocument doc = annotator.annotate(text, "2024-03-05", WORTH);

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.sentences())
        .extracting(Sentence::text)
        .containsExactly(
            "Gunmen attacked a police post in the hills on Monday.",
            "Three officers were killed in the attack.");
    assertThat(doc.sentences())
        .allSatisfy(
            s ->
                assertThat(s.tokens())
                    .allSatisfy(
                        t ->
                            assertThat(text.substring(t.span().begin(), t.span().end()))
                                .isEqualTo(t.word())));
  }

  @Test
  void aTextLongerThanAWindowIsAnnotatedInWindowsWithOffsetsIntoTheWholeText() {
    StringBuilder text = new StringBuilder();
    int paragraphs = 0;
    while (text.length() < 2 * Annotator.WINDOW_CHARS + 5_000) {
      text.append("Gunmen attacked post number ")
          .append(paragraphs)
          .append(" near the river on Monday.\n\n");
      paragraphs++;
    }
    String whole = text.toString();

    AnnotatedDocument doc =
        annotator.annotate(whole, "2024-03-05", s -> s.contains("number 3001 "));

    assertThat(doc.sentences()).hasSize(paragraphs);
    for (int i = 0; i < paragraphs; i += 997) {
      Sentence s = doc.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.paragraph()).isEqualTo(i);
      assertThat(whole.substring(s.span().begin(), s.span().end())).isEqualTo(s.text());
      assertThat(s.text()).contains("number " + i + " ");
      assertThat(s.tokens())
          .allSatisfy(
              t ->
                  assertThat(whole.substring(t.span().begin(), t.span().end()))
                      .isEqualTo(t.word()));
    }
    Sentence tagged = doc.sentences().get(3001);
    assertThat(tagged.fullyAnnotated()).isTrue();
    assertThat(tagged.entities())
        .allSatisfy(
            e -> assertThat(whole.substring(e.span().begin(), e.span().end())).isEqualTo(e.text()));
  }

  @Test
  void windowsEndAtAParagraphBreakInTheirSecondHalf() {
    String paragraph = "x".repeat(999) + "\n\n";
    String text = paragraph.repeat(300);

    int end = Annotator.windowEnd(text, 0);

    assertThat(end)
        .isLessThanOrEqualTo(Annotator.WINDOW_CHARS)
        .isGreaterThan(Annotator.WINDOW_CHARS / 2);
    assertThat(text.charAt(end - 1)).isEqualTo('\n');
  }

  private static org.sitrep.model.Span span(String text, String part) {
    int begin = text.indexOf(part);
    return new org.sitrep.model.Span(begin, begin + part.length());
  }
}
