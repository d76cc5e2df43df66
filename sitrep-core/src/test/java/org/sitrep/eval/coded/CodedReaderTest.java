package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

class CodedReaderTest {
  private final CodedReader reader = CodedReader.standard();

  private CodedFile read(String resource) throws URISyntaxException {
    return reader.read(Path.of(getClass().getResource(resource).toURI()));
  }

  @Test
  void readsAnAcledExportWithIsoDatesAndQuotedNotes() throws Exception {
    CodedFile file = read("acled_iso_sample.csv");

    assertThat(file.name()).isEqualTo("acled_iso_sample");
    assertThat(file.source()).isEqualTo(Source.ACLED);
    assertThat(file.rows()).hasSize(2);
    CodedRow clash = file.rows().get(0);
    assertThat(clash.documentId()).isEqualTo("acled_iso_sample:XYZ101");
    assertThat(clash.text())
        .isEqualTo(
            "On 14 June 2023, soldiers fought \"armed men\" near Kiwanda, Coastland West, killing"
                + " 2.");
    assertThat(clash.event()).isTrue();
    assertThat(clash.subTypes()).containsExactly(SubEventType.ARMED_CLASH);
    assertThat(clash.eventTypes()).containsExactly(EventType.BATTLES);
    assertThat(clash.date()).isEqualTo(LocalDate.of(2023, 6, 14));
    assertThat(clash.timePrecision()).isEqualTo(1);
    assertThat(clash.actor1()).containsExactly("Military Forces of Kenya (2022-)");
    assertThat(clash.country()).isEqualTo("Kenya");
    assertThat(clash.admin1()).isEqualTo("Coastland");
    assertThat(clash.admin2()).isEqualTo("Coastland West");
    assertThat(clash.admin3()).isNull();
    assertThat(clash.location()).isEqualTo("Kiwanda");
    assertThat(clash.fatalities()).isEqualTo(2);
    assertThat(file.rows().get(1).timePrecision()).isEqualTo(2);
  }

  @Test
  void readsTheOlderSchemaWithDayMonthTwoDigitYear() throws Exception {
    CodedFile file = read("acled_dmy_sample.csv");

    assertThat(file.source()).isEqualTo(Source.ACLED);
    assertThat(file.rows()).extracting(CodedRow::rowId).containsExactly("XYZ7", "XYZ8");
    assertThat(file.rows())
        .extracting(CodedRow::date)
        .containsExactly(LocalDate.of(2019, 12, 31), LocalDate.of(2008, 3, 2));
    assertThat(file.rows().get(0).subTypes()).containsExactly(SubEventType.MOB_VIOLENCE);
    assertThat(file.rows().get(1).eventTypes()).containsExactly(EventType.RIOTS);
  }

  @Test
  void readsLongDatesAndNaAsMissing() throws Exception {
    CodedRow row = read("acled_long_sample.csv").rows().get(0);

    assertThat(row.date()).isEqualTo(LocalDate.of(2022, 12, 28));
    assertThat(row.admin3()).isNull();
    assertThat(row.fatalities()).isNull();
    assertThat(row.subTypes()).containsExactly(SubEventType.ABDUCTION);
    assertThat(row.location()).isEqualTo("Bassawa");
  }

  @Test
  void joinsRowsOfOneEventIntoOneDocumentWithEitherActor() throws Exception {
    CodedFile file = read("acled_mon_sample.csv");

    assertThat(file.rows()).extracting(CodedRow::rowId).containsExactly("XYZ900", "XYZ901");
    CodedRow clash = file.rows().get(0);
    assertThat(clash.date()).isEqualTo(LocalDate.of(2024, 8, 5));
    assertThat(clash.actor1()).containsExactly("Rioters (Bangladesh)");
    assertThat(file.rows().get(1).date()).isEqualTo(LocalDate.of(2023, 9, 17));
  }

  @Test
  void keepsBothActorsOfADuplicatedEvent() {
    String csv =
        """
        event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,country,notes,fatalities
        ABC1,2-Feb-22,2022,1,Riots,Mob violence,Rioters (Ruritania),Ruritania,"Two mobs fought, said police.",0
        ABC1,2-Feb-22,2022,1,Riots,Mob violence,Farmers (Ruritania),Ruritania,"Two mobs fought, said police.",0
        """;

    CodedFile file = reader.read("dup", csv);

    assertThat(file.rows()).hasSize(1);
    assertThat(file.rows().get(0).actor1())
        .containsExactly("Rioters (Ruritania)", "Farmers (Ruritania)");
    assertThat(file.rows().get(0).text()).isEqualTo("Two mobs fought, said police.");
  }

  @Test
  void readsGtdRows() throws Exception {
    CodedFile file = read("gtd_sample.csv");

    assertThat(file.source()).isEqualTo(Source.GTD);
    CodedRow bomb = file.rows().get(0);
    assertThat(bomb.documentId()).isEqualTo("gtd_sample:201501010001");
    assertThat(bomb.date()).isEqualTo(LocalDate.of(2015, 1, 3));
    assertThat(bomb.timePrecision()).isEqualTo(1);
    assertThat(bomb.subTypes()).contains(SubEventType.REMOTE_EXPLOSIVE);
    assertThat(bomb.fatalities()).isEqualTo(4);
    assertThat(bomb.country()).isEqualTo("Iraq");
    assertThat(bomb.location()).isEqualTo("Tal Afar");
    assertThat(bomb.actor1()).containsExactly("Islamic State of Iraq and the Levant (ISIL)");
    CodedRow raid = file.rows().get(1);
    assertThat(raid.date()).as("day 0: not known").isNull();
    assertThat(raid.actor1()).as("Unknown is no actor").isEmpty();
    assertThat(raid.fatalities()).isNull();
    assertThat(raid.subTypes()).contains(SubEventType.ATTACK, SubEventType.ARMED_CLASH);
  }

  @Test
  void readsCaseSnippetsWithCodesOutsideAcledAsNoEvent() throws Exception {
    CodedFile file = read("case_sample.csv");

    assertThat(file.source()).isEqualTo(Source.CASE);
    assertThat(file.rows()).extracting(CodedRow::event).containsExactly(true, true, false);
    assertThat(file.rows().get(0).subTypes())
        .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    assertThat(file.rows().get(1).subTypes())
        .containsExactly(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(file.rows().get(2).subTypes()).isEmpty();
    assertThat(file.rows().get(2).caseCode()).isEqualTo("DIPLO");
  }

  @Test
  void readsWikipediaRows() throws Exception {
    CodedFile file = read("wikipedia_sample.csv");

    assertThat(file.source()).isEqualTo(Source.WIKIPEDIA);
    CodedRow row = file.rows().get(0);
    assertThat(row.documentId()).isEqualTo("wikipedia_sample:17");
    assertThat(row.fatalities()).as("perpetrators in brackets left out").isEqualTo(2);
    assertThat(row.country()).isEqualTo("Norway");
    assertThat(row.subTypes())
        .contains(
            SubEventType.ATTACK,
            SubEventType.MOB_VIOLENCE,
            SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    assertThat(row.wikipedia().perpetrator()).isEqualTo("Lone attacker");
    assertThat(row.timePrecision()).as("dates are not scored").isNull();
    assertThat(file.rows().get(1).subTypes())
        .contains(SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE);
  }

  @Test
  void refusesAnUnknownHeader() {
    assertThatThrownBy(() -> reader.read("x", "a,b\n1,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no known source");
  }

  @Test
  void refusesAnUnknownCaseCode() {
    assertThatThrownBy(() -> reader.read("x", "id,EventSnippet,SubType\n1,text,NOT_A_CODE\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_A_CODE");
  }

  @Test
  void namesAFileWithoutItsExtension() {
    assertThat(CodedReader.name(Path.of("/data/acled_x.csv"))).isEqualTo("acled_x");
    assertThat(List.of(CodedReader.name(Path.of("plain")))).containsExactly("plain");
  }
}
