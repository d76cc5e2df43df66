package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-01-04T10:00:00Z|2024-01-04",
        "2024-01-04|2024-01-04",
        "Published March 12, 2024|2024-03-12",
        "Mar. 12 2024|2024-03-12",
        "12 March 2024, 10:32 GMT|2024-03-12",
        "3rd of January 2024|2024-01-03",
        "September 2018|2018-09",
        "2023-11|2023-11"
      })
  void readsStatedDatesAsIso(String text, String iso) {
    assertThat(PublicationDates.find(text)).contains(iso);
  }

  @ParameterizedTest
  @CsvSource({"31/02", "no date here", "in 1848 or so", "June 22"})
  void findsNothingWhereNoValidFullDateIsStated(String text) {
    assertThat(PublicationDates.find(text)).isEmpty();
  }

  @Test
  void aNewsUrlsPathGivesItsDay() {
    assertThat(PublicationDates.fromUrl("https://a.example/world/2021/08/26/kabul-x.html"))
        .contains("2021-08-26");
    assertThat(PublicationDates.fromUrl("https://a.example/news/2024-03-23/attack"))
        .contains("2024-03-23");
    assertThat(PublicationDates.fromUrl("https://a.example/20191107/story")).contains("2019-11-07");
    assertThat(PublicationDates.fromUrl("https://a.example/2021/13/40/x")).isEmpty();
    assertThat(PublicationDates.fromUrl("https://a.example/story?d=/2021/08/26/")).isEmpty();
    assertThat(PublicationDates.fromUrl("https://a.example/id/12345678901")).isEmpty();
    assertThat(PublicationDates.fromUrl(null)).isEmpty();
  }
}
