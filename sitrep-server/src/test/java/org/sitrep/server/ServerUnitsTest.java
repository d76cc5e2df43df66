package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The request parsing that needs no server: periods, search expressions, cursors, sorts. */
class ServerUnitsTest {
  @Test
  void aPeriodIsAYearAMonthOrADay() {
    assertThat(Period.parse("date", "2024"))
        .isEqualTo(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(Period.parse("date", "2024-02"))
        .isEqualTo(new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    assertThat(Period.parse("date", " 2023-06-05 "))
        .isEqualTo(new Period(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 5)));
    for (String bad : new String[] {"24", "2024-1", "2024-13", "2023-02-29", "2024/01", "x"}) {
      assertThatThrownBy(() -> Period.parse("from", bad))
          .isInstanceOf(ApiException.class)
          .hasMessageStartingWith("from");
    }
  }

  @Test
  void searchWordsAreQuotedSoNoOperatorGetsThrough() {
    assertThat(SearchIndex.matchExpression("q", "car bomb")).isEqualTo("\"car\" \"bomb\"");
    assertThat(SearchIndex.matchExpression("q", "shell*")).isEqualTo("\"shell\"*");
    assertThat(SearchIndex.matchExpression("q", "a\" OR text:b NEAR(c)"))
        .isEqualTo("\"a\" \"OR\" \"text\" \"b\" \"NEAR\" \"c\"");
    assertThatThrownBy(() -> SearchIndex.matchExpression("q", "\"*^-"))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> SearchIndex.matchExpression("q", "a b c d e f g h i j k l m n o p q"))
        .hasMessageContaining("at most");
  }

  @Test
  void aCursorRoundTripsAndIsBoundToItsQuery() {
    Cursor c = new Cursor("-date", "abc", "2024-01-03", "ev-1");
    assertThat(Cursor.decode(c.encode(), "-date", "abc")).isEqualTo(c);
    assertThatThrownBy(() -> Cursor.decode(c.encode(), "date", "abc"))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Cursor.decode(c.encode(), "-date", "other"))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Cursor.decode("%%%", "-date", "abc")).isInstanceOf(ApiException.class);
  }

  @Test
  void sortsParseWithAnOptionalMinus() {
    assertThat(EventSort.parse(null)).isEqualTo(EventSort.DEFAULT);
    assertThat(EventSort.parse("-fatalities"))
        .isEqualTo(new EventSort(EventSort.Key.FATALITIES, true));
    assertThat(EventSort.parse("sources")).isEqualTo(new EventSort(EventSort.Key.SOURCES, false));
    assertThatThrownBy(() -> EventSort.parse("--date")).isInstanceOf(ApiException.class);
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies l = new Latencies();
    for (int i = 1; i <= 100; i++) {
      l.add(i * 1_000_000L);
    }
    assertThat(l.percentileMillis(50)).isEqualTo(50.0);
    assertThat(l.percentileMillis(95)).isEqualTo(95.0);
    assertThat(l.percentileMillis(99)).isEqualTo(99.0);
  }

  @Test
  void theHostNameIsTheHeaderWithoutItsPort() {
    assertThat(HostCheck.hostName("127.0.0.1:8080")).isEqualTo("127.0.0.1");
    assertThat(HostCheck.hostName("LocalHost")).isEqualTo("localhost");
    assertThat(HostCheck.hostName("[::1]:8080")).isEqualTo("[::1]");
    assertThat(HostCheck.hostName("evil.example:80")).isEqualTo("evil.example");
  }
}
