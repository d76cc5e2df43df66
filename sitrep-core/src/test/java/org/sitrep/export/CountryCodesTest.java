package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled region table loads, and countries get ACLED's iso and region. */
class CountryCodesTest {
  private static final CountryCodes CODES = CountryCodes.bundled();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kenya|404|Eastern Africa",
        "Nigeria|566|Western Africa",
        "Syria|760|Middle East",
        "Iran|364|Middle East",
        "Armenia|51|Caucasus and Central Asia",
        "Afghanistan|4|South Asia",
        "Myanmar|104|Southeast Asia",
        "Ukraine|804|Europe",
        "Mexico|484|Central America",
        "Democratic Republic of Congo|180|Middle Africa",
        "Haiti|332|Caribbean"
      })
  void countriesGetTheirNumericCodeAndAcledRegion(String country, int iso, String region) {
    assertThat(CODES.of(country)).hasValue(new CountryCodes.Codes(iso, region));
  }

  @org.junit.jupiter.api.Test
  void theTableHasARuleForEverySubRegionAndUnknownNamesGetNothing() {
    assertThat(CODES.regionRules()).isGreaterThanOrEqualTo(23);
    assertThat(CODES.of("Atlantis")).isEmpty();
    assertThat(CODES.of(null)).isEmpty();
  }
}
