package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class DateResolverTest {
  private final DateResolver resolver = new DateResolver();

  private static DateMention day(int month, int day) {
    return new DateMention(0, 5, null, month, day, null, null);
  }

  private static DateResolver.Context published(String iso) {
    return new DateResolver.Context(null, null, null, iso);
  }

  @Test
  void aDayWithoutAYearIsTheLatestOnOrBeforePublication() {
    assertThat(resolver.resolve(day(8, 26), published("2021-08-27")).iso()).isEqualTo("2021-08-26");
    assertThat(resolver.resolve(day(8, 27), published("2021-08-27")).iso()).isEqualTo("2021-08-27");
    assertThat(resolver.resolve(day(12, 30), published("2024-01-03")).iso())
        .isEqualTo("2023-12-30");
  }

  @Test
  void aMonthWithoutAYearFollowsTheSameRule() {
    DateMention august = new DateMention(0, 6, null, 8, null, null, null);

    assertThat(resolver.resolve(august, published("2021-09-02")))
        .isEqualTo(new EventDate("2021-08", null, DatePrecision.MONTH, null));
    assertThat(resolver.resolve(august, published("2021-03-02")).iso()).isEqualTo("2020-08");
  }

  @Test
  void theParagraphsYearWinsOverPublication() {
    DateResolver.Context context = new DateResolver.Context(2017, null, null, "2021-08-27");

    assertThat(resolver.resolve(day(10, 23), context).iso()).isEqualTo("2017-10-23");
  }

  @Test
  void withoutAPublicationDateTheYearStaysUnknown() {
    assertThat(resolver.resolve(day(1, 3), published(null)).iso()).isEqualTo("--01-03");
    assertThat(resolver.resolve(day(1, 3), published("unknown")).iso()).isEqualTo("--01-03");
  }

  @Test
  void aPublicationYearAloneGivesItsYear() {
    assertThat(resolver.resolve(day(1, 3), published("2024")).iso()).isEqualTo("2024-01-03");
  }
}
