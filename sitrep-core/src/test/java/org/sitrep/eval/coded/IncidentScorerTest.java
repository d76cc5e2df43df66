package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.coded.Fixtures.document;
import static org.sitrep.eval.coded.Fixtures.place;
import static org.sitrep.eval.coded.Fixtures.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoredDocument;

class IncidentScorerTest {
  private static final String KEY =
      """
      {"_about": "invented",
       "clusters": {
         "harbour_blast_2020": {"date": "2020-05-02", "country": ["Ruritania"],
                                "places": ["Portville", "Old Harbour"]},
         "hill_siege_2021": {"date": "2021-07", "country": ["Sylvania"], "places": ["Hilltop"]}
       }}
      """;

  private final IncidentKey key = IncidentKey.parse(KEY);
  private final List<StoredDocument> documents =
      List.of(
          document("a", "harbour_blast_2020_gazette.txt"),
          document("b", "harbour_blast_2020_herald.txt"),
          document("c", "harbour_blast_2020_wire.txt"),
          document("d", "hill_siege_2021_news.txt"),
          document("e", "campaign_overview.txt"));

  private static Report blast(String id, String doc, String date) {
    return report(
        id,
        doc,
        SubEventType.REMOTE_EXPLOSIVE,
        date,
        null,
        place("Portville", null, "Ruritania"),
        null);
  }

  private static Event event(String id, List<String> reports) {
    return new Event(
        id,
        reports,
        List.of(),
        EventDate.UNKNOWN,
        SubEventType.REMOTE_EXPLOSIVE,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        List.of());
  }

  @Test
  void readsTheKey() {
    assertThat(key.incidents())
        .extracting(IncidentKey.Incident::name)
        .containsExactly("harbour_blast_2020", "hill_siege_2021");
    assertThat(key.incidents().get(0).places()).containsExactly("Portville", "Old Harbour");
  }

  @Test
  void countsJoinedPairsSpreadAndFalseMerges() {
    Report a = blast("a#1", "a", "2020-05-02");
    Report b = blast("b#1", "b", "--05-02");
    Report c = blast("c#1", "c", null);
    Report earlier = blast("c#2", "c", "2018-01-09"); // an older attack the article recalls
    Report siege =
        report(
            "d#1",
            "d",
            SubEventType.ARMED_CLASH,
            "2021-07-10",
            null,
            place("Hilltop", null, "Sylvania"),
            null);
    Report overview = blast("e#1", "e", "2020-05-02");
    List<Event> events =
        List.of(
            event("ev1", List.of("a#1", "b#1")),
            event("ev2", List.of("c#1", "e#1")),
            event("ev3", List.of("c#2")),
            event("ev4", List.of("d#1")));

    IncidentResult result =
        new IncidentScorer()
            .score(key, documents, List.of(a, b, c, earlier, siege, overview), events);

    IncidentResult.IncidentScore harbour = result.incidents().get(0);
    assertThat(harbour.articles()).isEqualTo(3);
    assertThat(harbour.reports()).as("the recalled attack is not the incident").isEqualTo(3);
    assertThat(harbour.pairs()).isEqualTo(3);
    assertThat(harbour.joined()).isEqualTo(1);
    assertThat(harbour.events()).isEqualTo(2);
    assertThat(harbour.falseMerges()).as("ev2 holds the overview article's report").isEqualTo(1);
    IncidentResult.IncidentScore hill = result.incidents().get(1);
    assertThat(hill.articles()).isEqualTo(1);
    assertThat(hill.pairs()).isZero();
    assertThat(hill.events()).isEqualTo(1);
    assertThat(result.falseMerges()).isEqualTo(1);
    assertThat(result.merges()).containsExactly("ev2: (other) + harbour_blast_2020");
    assertThat(IncidentTable.markdown(result))
        .contains("| harbour_blast_2020 | 3 | 3 | 3 | 1/3 | 2 | 1 |");
  }

  @Test
  void aReportOfNoEventIsItsOwnEventAndAMissingIncidentIsAProblem() {
    Report a = blast("a#1", "a", "2020-05-02");
    Report b = blast("b#1", "b", "2020-05-02");

    IncidentResult result =
        new IncidentScorer().score(key, documents.subList(0, 3), List.of(a, b), List.of());

    assertThat(result.incidents().get(0).events()).isEqualTo(2);
    assertThat(result.incidents().get(0).joined()).isZero();
    assertThat(result.problems()).containsExactly("no article of hill_siege_2021 is in the store");
  }
}
