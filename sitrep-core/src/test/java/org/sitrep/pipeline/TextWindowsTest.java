package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.Modality;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

class TextWindowsTest {
  @Test
  void windowsCoverTheTextEndToEndAndEndAtParagraphBreaks() {
    String paragraph = "Gunmen attacked a village near the river. Six people were killed.";
    String text = String.join("\n\n", java.util.Collections.nCopies(40, paragraph));

    List<TextWindows.Window> windows = TextWindows.split(text, 300);

    assertThat(windows).hasSizeGreaterThan(5);
    StringBuilder joined = new StringBuilder();
    for (TextWindows.Window w : windows) {
      assertThat(w.offset()).isEqualTo(joined.length());
      assertThat(w.text().length()).isLessThanOrEqualTo(300);
      joined.append(w.text());
    }
    assertThat(joined.toString()).isEqualTo(text);
    windows.subList(0, windows.size() - 1).forEach(w -> assertThat(w.text()).endsWith("\n\n"));
  }

  @Test
  void aParagraphLongerThanAWindowIsCutAtASpaceOrHard() {
    assertThat(TextWindows.split("aaaa bbbb cccc", 6))
        .extracting(TextWindows.Window::text)
        .containsExactly("aaaa ", "bbbb ", "cccc");
    assertThat(TextWindows.split("abcdefgh", 3))
        .extracting(TextWindows.Window::text)
        .containsExactly("abc", "def", "gh");
  }

  @Test
  void mergedResultsNumberReportsThroughAndShiftSpansIntoTheWholeText() {
    ActorRef is = new ActorRef("is", "Islamic State");
    Report first = report("doc-1-r01", new Span(0, 10), null);
    Report second = report("doc-1-r01", new Span(5, 20), null);
    Report answer = report("doc-1-r02", new Span(30, 40), "doc-1-r01");
    Actor inFirst =
        new Actor("is", "Islamic State", ActorKind.REBEL_GROUP, null, List.of("ISIS"), null);
    Actor inSecond =
        new Actor("is", "Islamic State", ActorKind.REBEL_GROUP, null, List.of("Daesh"), null);
    Relation stated =
        new Relation(
            "doc-1-part_of-iskp-is",
            new ActorRef("iskp", "ISKP"),
            org.sitrep.model.RelationType.values()[0],
            is,
            "doc-1",
            "ISKP, a branch of IS",
            new Span(50, 70),
            false);

    ExtractionPipeline.Result merged =
        TextWindows.merge(
            "doc-1",
            List.of(
                Map.entry(
                    new TextWindows.Window(0, "x"),
                    new ExtractionPipeline.Result(List.of(first), List.of(inFirst), List.of())),
                Map.entry(
                    new TextWindows.Window(1000, "y"),
                    new ExtractionPipeline.Result(
                        List.of(second, answer), List.of(inSecond), List.of(stated)))));

    assertThat(merged.reports())
        .extracting(Report::id)
        .containsExactly("doc-1-r01", "doc-1-r02", "doc-1-r03");
    assertThat(merged.reports().get(1).span()).isEqualTo(new Span(1005, 1020));
    // The link stays within its window: r02 of the second window answers that window's r01.
    assertThat(merged.reports().get(2).retaliationFor()).isEqualTo("doc-1-r02");
    assertThat(merged.actors())
        .singleElement()
        .satisfies(a -> assertThat(a.aliases()).containsExactly("ISIS", "Daesh"));
    assertThat(merged.relations())
        .singleElement()
        .satisfies(r -> assertThat(r.span()).isEqualTo(new Span(1050, 1070)));
  }

  private static Report report(String id, Span span, String retaliationFor) {
    return new Report(
        id,
        "doc-1",
        "evidence",
        span,
        EventDate.UNKNOWN,
        SubEventType.ATTACK,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        Modality.ASSERTED,
        retaliationFor,
        0.9);
  }
}
