package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.coded.Fixtures.document;
import static org.sitrep.eval.coded.Fixtures.place;
import static org.sitrep.eval.coded.Fixtures.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoredDocument;

class CodedScorerTest {
  private static final String ACLED =
      """
      event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,country,admin1,admin2,admin3,location,notes,fatalities
      R1,2021-03-04,2021,1,Battles,Armed clash,Military Forces of Kenya (2020-),Kenya,Northland,Hill District,,Oakford,"On 4 March 2021, soldiers fought rebels at Oakford, killing 3.",3
      R2,2021-03-09,2021,2,Violence against civilians,Attack,Unidentified Armed Group (Kenya),Kenya,Southland,,,Elmton,"Gunmen shot a trader near Elmton.",0
      """;

  private final CodedReader reader = CodedReader.standard();
  private final CodedScorer scorer = CodedScorer.standard();
  private final List<StoredDocument> documents =
      List.of(document("doc-a", "acled_test:R1"), document("doc-b", "acled_test:R2"));
  private final ActorRef army = new ActorRef("army", "Kenyan Army");
  private final List<Actor> actors =
      List.of(new Actor("army", "Kenyan Army", ActorKind.STATE_FORCES, "KE", List.of(), null));

  private CodedResult score(List<Report> reports) {
    return scorer.score(reader.read("acled_test", ACLED), documents, reports, actors);
  }

  @Test
  void aRowWithoutReportIsWrongOnEveryMetricItGives() {
    Report clash =
        report(
            "doc-a#1",
            "doc-a",
            SubEventType.ARMED_CLASH,
            "2021-03-04",
            army,
            place("Oakford", "Northland", "Kenya"),
            3);

    CodedResult result = score(List.of(clash));

    assertThat(result.detection()).isEqualTo(Score.of(1, 2));
    assertThat(result.field(Metric.SUB_EVENT_TYPE)).contains(Score.of(1, 2));
    assertThat(result.field(Metric.COUNTRY)).contains(Score.of(1, 2));
    assertThat(result.field(Metric.FATALITIES)).contains(Score.of(1, 2));
    assertThat(result.field(Metric.DATE)).as("only the exact-day row").contains(Score.of(1, 1));
    assertThat(result.outcomes().get(1).reportId()).isNull();
    assertThat(result.outcomes().get(1).wrong())
        .contains(Metric.SUB_EVENT_TYPE, Metric.PLACE, Metric.FATALITIES);
    assertThat(result.falsePositives()).as("not CASE").isNull();
    assertThat(result.f1()).isNull();
  }

  @Test
  void scoresTheReportThatFitsTheGoldBest() {
    Report other = report("doc-a#1", "doc-a", SubEventType.PEACEFUL_PROTEST);
    Report clash =
        report(
            "doc-a#2",
            "doc-a",
            SubEventType.ARMED_CLASH,
            "2021-03-04",
            army,
            place("Hill District", null, "Kenya"),
            null);

    CodedResult result = score(List.of(other, clash));

    CodedResult.RowOutcome row = result.outcomes().get(0);
    assertThat(row.reports()).isEqualTo(2);
    assertThat(row.reportId()).isEqualTo("doc-a#2");
    assertThat(row.subEventType()).isEqualTo("Armed clash");
    assertThat(row.wrong()).as("no toll reported is 0, not 3").containsExactly(Metric.FATALITIES);
    assertThat(result.field(Metric.PLACE)).as("admin2 is a gold place").contains(Score.of(1, 2));
    assertThat(result.field(Metric.ACTOR1))
        .as("a state force of the gold's country")
        .contains(Score.of(1, 2));
  }

  @Test
  void aMissingTollCountsAsZero() {
    Report attack = report("doc-b#1", "doc-b", SubEventType.ATTACK);

    CodedResult result = score(List.of(attack));

    assertThat(result.outcomes().get(1).wrong()).doesNotContain(Metric.FATALITIES);
    assertThat(result.field(Metric.EVENT_TYPE)).contains(Score.of(1, 2));
  }

  @Test
  void ignoresReportsOfOtherDocumentsAndCountsDocumentsInTheStore() {
    Report stray = report("doc-z#1", "doc-z", SubEventType.ARMED_CLASH);

    CodedResult result =
        scorer.score(
            reader.read("acled_test", ACLED),
            List.of(document("doc-a", "acled_test:R1")),
            List.of(stray),
            actors);

    assertThat(result.documents()).isEqualTo(1);
    assertThat(result.reports()).isZero();
    assertThat(result.detection()).isEqualTo(Score.of(0, 2));
  }

  @Test
  void scoresCaseRowsWithFalsePositivesAndF1() {
    String csv =
        """
        id,EventSnippet,SubType
        1,Rebels shelled the port overnight.,ART_MISS_ATTACK
        2,Nurses marched in the capital.,PEACE_PROTEST
        3,The two ministers met in the capital.,DIPLO
        4,A storm flooded the valley.,NATURAL_DISASTER
        """;
    CodedFile file = reader.read("case_test", csv);
    List<StoredDocument> docs =
        List.of(
            document("d1", "case_test:1"),
            document("d2", "case_test:2"),
            document("d3", "case_test:3"),
            document("d4", "case_test:4"));
    List<Report> reports =
        List.of(
            report("d1#1", "d1", SubEventType.SHELLING_ARTILLERY_MISSILE),
            report("d3#1", "d3", SubEventType.AGREEMENT));

    CodedResult result = scorer.score(file, docs, reports, List.of());

    assertThat(result.detection()).isEqualTo(Score.of(1, 2));
    assertThat(result.falsePositives()).isEqualTo(Score.of(1, 2));
    assertThat(result.field(Metric.SUB_EVENT_TYPE)).contains(Score.of(1, 2));
    // Shelling: F1 1, support 1. Peaceful protest: NONE predicted, F1 0, support 1.
    assertThat(result.f1().weighted()).isCloseTo(0.5, within(1e-9));
    assertThat(result.f1().macro()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void rendersOneTableRowPerFileAndATotal() {
    CodedResult acled = score(List.of());

    String table = CodedTable.markdown(List.of(acled, acled));

    assertThat(table.lines()).hasSize(5);
    assertThat(table.lines().toList().get(2))
        .startsWith("| acled_test | acled | 2 | 2 | 0 | 0.000 (0/2) | - |");
    assertThat(table.lines().toList().get(4))
        .startsWith("| all files |  | 4 | 4 | 0 | 0.000 (0/4)");
  }
}
