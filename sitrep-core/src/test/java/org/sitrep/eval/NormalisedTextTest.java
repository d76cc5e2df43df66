package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class NormalisedTextTest {
  @Test
  void findsAQuotationDespiteWhitespaceQuoteDashAndCaseDifferences() {
    String text = "Intro.  On 3\u00a0May the \u201cguards\u201d\n\n fired \u2014 twice. End.";
    NormalisedText normalised = NormalisedText.of(text);
    Span span = normalised.find("on 3 May the \"guards\" fired - twice.").orElseThrow();
    assertThat(text.substring(span.begin(), span.end()))
        .isEqualTo("On 3\u00a0May the \u201cguards\u201d\n\n fired \u2014 twice.");
  }

  @Test
  void findsNothingForTextThatIsNotThere() {
    NormalisedText normalised = NormalisedText.of("Some text.");
    assertThat(normalised.find("other text")).isEmpty();
    assertThat(normalised.find("   ")).isEmpty();
    assertThat(normalised.contains("SOME")).isTrue();
  }
}
