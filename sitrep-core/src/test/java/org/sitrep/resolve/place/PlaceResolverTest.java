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

class PlaceResolverTest {
  private static final Gazetteer GAZETTEER = TestGazetteers.small();
  private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceWords.bundled());

  @Test
  void kermanIsInIranInAnArticleAboutIran() {
    Location l =
        resolve(
            "Kerman",
            null,
            "Two blasts killed 91 people in Kerman. Iran blamed Israel; Iranian officials vowed"
                + " revenge.");
    assertThat(l.geonamesId()).isEqualTo(128234L);
    assertThat(l.country()).isEqualTo("Iran");
    assertThat(l.admin1()).isEqualTo("Kerman");
    assertThat(l.precision()).isEqualTo(1);
  }

  @Test
  void kermanIsInCaliforniaInAnArticleAboutCalifornia() {
    Location l =
        resolve(
            "Kerman",
            null,
            "A shooting in Kerman, a farm town west of Fresno, United States, left two dead.");
    assertThat(l.geonamesId()).isEqualTo(5362909L);
    assertThat(l.country()).isEqualTo("United States");
    assertThat(l.admin1()).isEqualTo("California");
  }

  @Test
  void aPlaceNamedNearByDecidesWhenNoCountryIsNamed() {
    Location l = resolve("Kerman", null, "A shooting in Kerman, a farm town west of Fresno.");
    assertThat(l.geonamesId()).isEqualTo(5362909L);
  }

  @Test
  void theCountryExtractionGaveDecides() {
    assertThat(resolve("Kerman", "United States", "A shooting in Kerman.").geonamesId())
        .isEqualTo(5362909L);
  }

  @Test
  void hajinIsInSyriaNotTurkey() {
    Location l =
        resolve("Hajin", null, "Missiles struck the ISIL-held town of Hajin in eastern Syria.");
    assertThat(l.geonamesId()).isEqualTo(174506L);
    assertThat(l.country()).isEqualTo("Syria");
    assertThat(l.admin1()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void aSpellingOneLetterOffInTheGivenCountryBeatsAnExactNameAbroad() {
    Location l = resolve("Koya", "Iraq", "Missiles hit the headquarters in Koya.");
    assertThat(l.geonamesId()).isEqualTo(94220L);
    assertThat(l.country()).isEqualTo("Iraq");
  }

  @Test
  void aCityAbroadBeatsACountryGuessedFromContextThatHasNoPlaceOfItsName() {
    // "US troops at Baghdad airport": extraction guessed the troops' country.
    Location l = resolve("Baghdad", "United States", "Rockets hit US troops at Baghdad airport.");
    assertThat(l.geonamesId()).isEqualTo(98182L);
    assertThat(l.country()).isEqualTo("Iraq");
  }

  @Test
  void aTownOfTheSameNameAbroadIsNotThePlace() {
    Location named = Location.named("Koya", "Syria");
    assertThat(resolve(named, "Shelling hit Koya.")).isEqualTo(named);
  }

  @Test
  void aSmallNamesakeAbroadGivesWayToTheCountryTheDocumentIsAbout() {
    Location l =
        resolve(
            "Saimbeyli",
            null,
            "Gunmen killed two guards in the village of Saimbeyli, in Iran's south, state media"
                + " said.");
    assertThat(l.country()).isEqualTo("Iran");
    assertThat(l.lat()).isNull();
    // A demonym says who acted, not where: it names no place in its country.
    assertThat(resolve("Saimbeyli", null, "An Iranian drone struck Saimbeyli.").country())
        .isEqualTo("Turkey");
    // A city is no one's namesake: it stands even in a text about another country.
    assertThat(resolve("Atlanta", null, "Iranian media reported a shooting in Atlanta.").country())
        .isEqualTo("United States");
  }

  @Test
  void georgiaInAnArticleAboutTheCaucasusIsTheCountry() {
    Location l =
        resolve(
            "Georgia",
            null,
            "Russia sent troops into Georgia; Russian jets bombed roads near Tbilisi, in the"
                + " Caucasus.");
    assertThat(l.country()).isEqualTo("Georgia");
    assertThat(l.lat()).isNull();
    assertThat(l.lon()).isNull();
    assertThat(l.precision()).isNull();
  }

  @Test
  void transliterationsOfDeirEzZorMeet() {
    for (String name : List.of("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Der Ezzor")) {
      Location l = resolve(name, null, "Shelling hit " + name + " in Syria on Sunday.");
      assertThat(l.geonamesId()).as(name).isEqualTo(170794L);
      assertThat(l.precision()).as(name).isEqualTo(1);
      assertThat(l.name()).as("the name stays as the text gives it").isEqualTo(name);
    }
  }

  @Test
  void aProvinceIsItsRegionPointedAtItsCapital() {
    Location anbar =
        resolve("Anbar", null, "Rockets were fired at a base in Iraq's Anbar province.");
    assertThat(anbar.admin1()).isEqualTo("Al Anbar");
    assertThat(anbar.precision()).isEqualTo(3);
    assertThat(anbar.lat()).isEqualTo(33.4206);
    assertThat(anbar.geonamesId()).isNull();

    Location deir =
        resolve(
            "Deir Ezzor", null, "Strikes hit targets in Syria's eastern province of Deir Ezzor.");
    assertThat(deir.admin1()).isEqualTo("Deir ez-Zor");
    assertThat(deir.precision()).isEqualTo(3);
  }

  @Test
  void nearATownIsPrecisionTwo() {
    Location l = resolve("Ramadi", "Iraq", "A bomb exploded on the outskirts of Ramadi.");
    assertThat(l.geonamesId()).isEqualTo(388349L);
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void aCountryHasNoPoint() {
    Location l = resolve("Iraq", "Iraq", "Troops were sent to Iraq.");
    assertThat(l.country()).isEqualTo("Iraq");
    assertThat(l.lat()).isNull();
    assertThat(l.precision()).isNull();
  }

  @Test
  void aDemonymIsNotAPlace() {
    Location l = resolve("Iranian", null, "ISIS bombed an Iranian military parade.");
    assertThat(l.lat()).isNull();
    assertThat(l.country()).isNull();
  }

  @Test
  void aDemonymIsEvidenceOfTheCountryAtHalfWeight() {
    DocumentPlaces d =
        DocumentPlaces.read(
            "An Iranian parade. Iran and Syria.", GAZETTEER, new PlaceKeys(), PlaceWords.bundled());
    assertThat(d.countryWeights()).containsEntry("IR", 1.5).containsEntry("SY", 1.0);
  }

  @Test
  void aFacilityFromTheSupplementHasItsOwnPoint() {
    Location l = resolve("Ain al-Asad base", "Iraq", "Rockets were fired at Ain al-Asad base.");
    assertThat(l.admin1()).isEqualTo("Al Anbar");
    assertThat(l.precision()).isEqualTo(1);
    assertThat(l.lat()).isEqualTo(33.7856);
  }

  @Test
  void aPlaceTheGazetteerLacksLiesNearTheTownNamedClosest() {
    String text =
        "Fighting broke out in Ramadi, Iraq. Gunmen then stormed the Qasr al-Ghaib mosque.";
    int begin = text.indexOf("Gunmen");
    Report report = report(Location.named("Qasr al-Ghaib mosque", "Iraq"), text, begin);
    Location l = resolver.resolve(List.of(report), text).get(0).location();
    assertThat(l.name()).isEqualTo("Qasr al-Ghaib mosque");
    assertThat(l.lat()).isEqualTo(33.4206);
    assertThat(l.precision()).isEqualTo(2);
  }

  @Test
  void anUnknownNameStaysAsNamed() {
    Location named = Location.named("Xyzzyville", "Iraq");
    assertThat(resolve(named, "It happened in Xyzzyville.")).isEqualTo(named);
  }

  private Location resolve(String name, String country, String text) {
    return resolve(Location.named(name, country), text);
  }

  private Location resolve(Location named, String text) {
    DocumentPlaces document =
        DocumentPlaces.read(text, GAZETTEER, new PlaceKeys(), PlaceWords.bundled());
    return resolver.resolve(named, text, document);
  }

  private static Report report(Location location, String text, int begin) {
    return new Report(
        "d-r01",
        "d",
        text.substring(begin),
        new Span(begin, text.length()),
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
