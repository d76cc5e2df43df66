package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceScalesTest {
  private static final SourceScales SCALES = SourceScales.bundled(CountryCodes.bundled());

  @Test
  void theBundledListLoads() {
    assertThat(SCALES.outlets()).isGreaterThan(30);
  }

  @Test
  void aListedOutletHasItsScaleWhereverTheEventIs() {
    assertThat(SCALES.scale("https://www.reuters.com/world/africa/x", "Somalia"))
        .isEqualTo("International");
    assertThat(SCALES.scale("https://edition.cnn.com/2024/03/22/europe/x", "Russia"))
        .isEqualTo("International");
    assertThat(SCALES.scale("https://www.arabnews.com/node/1", "Yemen")).isEqualTo("Regional");
  }

  @Test
  void aCountryCodeDomainIsNationalAtHomeRegionalNearbyAndInternationalElsewhere() {
    assertThat(SCALES.scale("https://www.eastcoastdaily.in/2024/03/23/x.html", "India"))
        .isEqualTo("National");
    assertThat(SCALES.scale("https://www.monitor.co.ug/news/x", "Kenya")).isEqualTo("Regional");
    assertThat(SCALES.scale("https://www.eastcoastdaily.in/2024/03/23/x.html", "Russia"))
        .isEqualTo("International");
    assertThat(SCALES.scale("https://www.thetimes.co.uk/article/x", "United Kingdom"))
        .isEqualTo("National");
  }

  @Test
  void anAddressThatSaysNothingOfWhereGivesNoScale() {
    assertThat(SCALES.scale("https://www.example-news.com/x", "Somalia")).isNull();
    assertThat(SCALES.scale("https://nation.africa/kenya/x", "Kenya")).isNull();
    assertThat(SCALES.scale("https://startup.io/x", "Nigeria")).isNull();
    assertThat(SCALES.scale("not a url", "Nigeria")).isNull();
    assertThat(SCALES.scale(null, "Nigeria")).isNull();
  }

  @Test
  void anEventsScalesAreCombinedInAcledsOrder() {
    assertThat(
            SCALES.combined(
                List.of(
                    "https://www.reuters.com/x",
                    "https://www.punchng.ng/x",
                    "https://www.example-news.com/y"),
                "Nigeria"))
        .isEqualTo("National-International");
    assertThat(SCALES.combined(List.of("https://www.example-news.com/y"), "Nigeria")).isEmpty();
  }
}
