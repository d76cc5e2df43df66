package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** The text's own hierarchy of places decides where a place is. */
class PlaceHierarchyTest {
  private static final Gazetteer GAZETTEER = TestGazetteers.horn();
  private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceWords.bundled());

  @Test
  void readsTheContainersAPlaceIsWrittenIn() {
    assertThat(
            PlaceHierarchy.containers("raided Dhuusa village (Baardheere, Gedo) at dawn", "Dhuusa"))
        .containsExactly("Baardheere", "Gedo");
    assertThat(PlaceHierarchy.containers("in Dhuusa district, Gedo region", "Dhuusa"))
        .containsExactly("Gedo");
    assertThat(PlaceHierarchy.containers("in Marere village in Afmadow district", "Marere"))
        .containsExactly("Afmadow");
    assertThat(PlaceHierarchy.containers("fighting in Gedo's Dhuusa", "Dhuusa"))
        .containsExactly("Gedo");
    assertThat(PlaceHierarchy.containers("in the Kolbio area of Garissa", "Kolbio"))
        .containsExactly("Garissa");
    assertThat(PlaceHierarchy.containers("near Dhuusa town in Gedo on Monday", "Dhuusa"))
        .containsExactly("Gedo");
    assertThat(PlaceHierarchy.containers("clashes in Kamuthe, Garissa County", "Kamuthe"))
        .containsExactly("Garissa");
    assertThat(PlaceHierarchy.containers("clashes in Dhuusa in January", "Dhuusa")).isEmpty();
  }

  @Test
  void aNeighbourhoodOfALargeCityIsInThatCitysCountry() {
    Location l = resolve("Hawl Dheer", "Shops burned in the Hawl Dheer neighbourhood of Kismayo.");
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void aRegionAloneInBracketsNamesTheDocumentsCountry() {
    Location l = resolve("Dhuusa", "Herders fought in the village of Dhuusa (Gedo) at dawn.");
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.admin1()).isEqualTo("Gedo");
  }

  @Test
  void aCountryGuessedFromTheSentenceGivesWayToTheNamedDistrict() {
    String text = "Gunmen seized a trader from South Sudan in Dhuusa village (Baardheere, Gedo).";
    Report r = report(Location.named("Dhuusa", "South Sudan"), text);
    Location l = resolver.resolve(List.of(r), text).get(0).location();
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.admin1()).isEqualTo("Gedo");
  }

  @Test
  void aVillageTheGazetteerLacksIsPlacedAtItsDistrict() {
    Location l =
        resolve("Dhuusa", "Militants overran an army post in Dhuusa village (Baardheere, Gedo).");
    assertThat(l.name()).isEqualTo("Dhuusa");
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.admin1()).isEqualTo("Gedo");
    assertThat(l.lat()).isEqualTo(2.3446);
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void aNamesakeAbroadNeverWinsOverTheDistrictAndRegionNamedBesideIt() {
    Location l = resolve("Bilo", "Gunmen raided Bilo village (Afmadow, Lower Juba) at night.");
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.admin1()).isEqualTo("Lower Juba");
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void aTownAbroadIsNoContainerWithoutTheDocumentNamingItsCountry() {
    Location l = resolve("Dhuusa", "Raiders looted shops in Dhuusa village (Rasdoon, Bilo).");
    assertThat(l.country()).isNull();
    assertThat(l.lat()).isNull();
  }

  @Test
  void aRegionSpeltAnotherWayIsStillTheRegion() {
    Location l =
        resolve("Marere", "Somali troops camped in Marere village (Lowr Jubba) for a week.");
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.admin1()).isEqualTo("Lower Juba");
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void aRegionOfTheSameConsonantsAbroadIsNoContainerWithoutTheCountryNamed() {
    // Only the consonants of "Lower Jubba" (more than a letter off): too loose without a country.
    Location l = resolve("Marere", "Troops camped in Marere village (Luwar Jaba) for a week.");
    assertThat(l.country()).isNull();
  }

  @Test
  void aRegionOneLetterOffIsStillTheRegion() {
    Location l = resolve("Kamuthe", "Police dispersed herders in Kamuthe village (Garisa).");
    assertThat(l.country()).isEqualTo("Kenya");
    assertThat(l.admin1()).isEqualTo("Garissa");
  }

  @Test
  void aPlaceInARegionOnlyIsPlacedInThatRegion() {
    Location l = resolve("Kamuthe", "Herders clashed over water in Kamuthe, Garissa County.");
    assertThat(l.country()).isEqualTo("Kenya");
    assertThat(l.admin1()).isEqualTo("Garissa");
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void aKnownTownInsideTheNamedRegionKeepsItsOwnPoint() {
    Location l = resolve("Garbahaarey", "Troops entered Gedo's Garbahaarey after a short fight.");
    assertThat(l.country()).isEqualTo("Somalia");
    assertThat(l.lat()).isEqualTo(3.3289);
    assertThat(l.precision()).isEqualTo(1);
  }

  @Test
  void aTownTheGazetteerLacksTakesTheCountryOfTheDocument() {
    Location l =
        resolve("Dhuusa", "Clashes were reported in Dhuusa. Somalia's army said it held the town.");
    assertThat(l.country()).isEqualTo("Somalia");
  }

  @Test
  void aReportWithoutAPlaceTakesTheCountryItsDemonymNames() {
    String text = "Kenyan police arrested five men suspected of smuggling arms.";
    Report r = report(null, text);
    Location l = resolver.resolve(List.of(r), text).get(0).location();
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("Kenya");
    assertThat(l.lat()).isNull();
  }

  private Location resolve(String name, String text) {
    Report r = report(Location.named(name, null), text);
    return resolver.resolve(List.of(r), text).get(0).location();
  }

  private static Report report(Location location, String text) {
    return new Report(
        "d-r01",
        "d",
        text,
        new Span(0, text.length()),
        EventDate.UNKNOWN,
        SubEventType.ARMED_CLASH,
        null,
        null,
        List.of(),
        location,
        null,
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.7);
  }
}
