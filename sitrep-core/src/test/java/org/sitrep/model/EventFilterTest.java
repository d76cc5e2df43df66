package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static final ActorRef ISKP = new ActorRef("iskp", "Islamic State Khorasan Province");

  private static Event event(String date, int sources) {
    List<String> documents = sources == 1 ? List.of("d1") : List.of("d1", "d2");
    return new Event(
        "ev-1",
        List.of("r1"),
        documents,
        new EventDate(date, null, DatePrecision.DAY, null),
        SubEventType.SUICIDE_BOMB,
        null,
        null,
        Location.named("Kerman", "Iran"),
        null,
        List.of(new Event.Claim(ISKP, List.of("r1"))),
        null,
        List.of());
  }

  private static EventFilter between(String from, String to) {
    return new EventFilter(LocalDate.parse(from), LocalDate.parse(to), null, null, null, 1);
  }

  @Test
  void aDateRangeHoldsDaysMonthsAndYearsThatOverlapIt() {
    assertThat(between("2024-01-01", "2024-01-31").test(event("2024-01-03", 1))).isTrue();
    assertThat(between("2024-01-15", "2024-02-15").test(event("2024-01", 1))).isTrue();
    assertThat(between("2024-02-01", "2024-02-15").test(event("2024-01", 1))).isFalse();
    assertThat(between("2023-06-01", "2023-06-30").test(event("2023", 1))).isTrue();
    assertThat(between("2024-01-01", "2024-12-31").test(event("--01-03", 1))).isFalse();
  }

  @Test
  void countryActorTypeAndSourcesAreMatchedLoosely() {
    Event e = event("2024-01-03", 2);
    assertThat(new EventFilter(null, null, "IRAN", null, null, 1).test(e)).isTrue();
    assertThat(new EventFilter(null, null, "Iraq", null, null, 1).test(e)).isFalse();
    assertThat(new EventFilter(null, null, null, "khorasan", null, 1).test(e)).isTrue();
    assertThat(new EventFilter(null, null, null, "iskp", null, 1).test(e)).isTrue();
    assertThat(new EventFilter(null, null, null, "hamas", null, 1).test(e)).isFalse();
    assertThat(new EventFilter(null, null, null, null, "explosions/remote violence", 1).test(e))
        .isTrue();
    assertThat(new EventFilter(null, null, null, null, "suicide bomb", 2).test(e)).isTrue();
    assertThat(new EventFilter(null, null, null, null, null, 3).test(e)).isFalse();
    assertThat(EventFilter.ALL.test(event("2024-01-03", 1))).isTrue();
  }
}
