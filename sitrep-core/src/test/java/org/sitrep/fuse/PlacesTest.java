package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;

class PlacesTest {
  private final Places places = Places.standard();

  @Test
  void thePlaceWordsFileLoadsFoldedWordsOnly() {
    assertThat(Places.readWords())
        .contains("base", "airbase", "city")
        .allMatch(w -> w.matches("[a-z0-9]+"));
  }

  @Test
  void spellingsAndKindWordsOfOnePlaceMeet() {
    assertThat(places.sameName("Ain al-Asad base", "Ain al-Assad Airbase")).isTrue();
    assertThat(places.sameName("Deir ez-Zor", "Deir Ezzor")).isTrue();
    assertThat(places.sameName("Baghuz", "Baghuz Fawqani")).isTrue();
    assertThat(places.sameName("al-Tanf base", "Al Tanf")).isTrue();
  }

  @Test
  void namesOfDifferentPlacesDoNotMeet() {
    assertThat(places.sameName("Harir Airbase", "Ain al-Assad Airbase")).isFalse();
    assertThat(places.sameName("Baghuz Fawqani", "Baghuz Tahtani")).isFalse();
    assertThat(places.sameName("al Bayda", "al Tanf")).isFalse();
  }

  @Test
  void oneSpotIsOneNameOrOnePointOfASiteNotTwoTownsOfADistrict() {
    Location market = new Location("Zarang Bazaar", "Afghanistan", null, 31.00, 62.00, 1, null);
    Location marketNoPoint = Location.named("Zarang Bazaar", "Afghanistan");
    Location gate = new Location("North Gate", "Afghanistan", null, 31.005, 62.005, 1, null);
    Location townA = new Location("Dara Khel", "Iraq", "Diyala", 34.10, 45.10, 2, null);
    Location townB = new Location("Tal Sufra", "Iraq", "Diyala", 34.30, 45.20, 2, null);

    assertThat(spot(market, marketNoPoint)).isTrue();
    assertThat(spot(market, gate)).isTrue();
    assertThat(places.compare(townA, townB)).isEqualTo(Places.Verdict.SAME);
    assertThat(spot(townA, townB)).isFalse();
  }

  private boolean spot(Location a, Location b) {
    return places.sameSpot(places.prepare(a), places.prepare(b));
  }

  @Test
  void pointsDecideWhenBothPlacesHaveThem() {
    Location kerman = new Location("Kerman", "Iran", null, 30.28, 57.08, 1, null);
    Location cemetery = new Location("Golzar-e Shohada", "Iran", null, 30.29, 57.07, 1, null);
    Location zahedan = new Location("Kerman", "Iran", null, 29.50, 60.86, 1, null);

    assertThat(places.compare(kerman, cemetery)).isEqualTo(Places.Verdict.SAME);
    assertThat(places.compare(kerman, zahedan)).isEqualTo(Places.Verdict.CONFLICT);
  }

  @Test
  void aCountryAloneAgreesWithAnyPlaceInIt() {
    assertThat(places.compare(Location.named("Iraq", "Iraq"), Location.named("Harir", "Iraq")))
        .isEqualTo(Places.Verdict.COUNTRY);
    assertThat(places.compare(Location.named("Iraq", "Iraq"), Location.named("Palmyra", "Syria")))
        .isEqualTo(Places.Verdict.CONFLICT);
    assertThat(places.compare(null, Location.named("Harir", "Iraq")))
        .isEqualTo(Places.Verdict.NONE);
  }

  @Test
  void aRegionHoldsOnlyWhatLiesInIt() {
    Location nangarhar =
        new Location("Nangarhar", "Afghanistan", "Nangarhar", 34.17, 70.62, 3, null);
    Location kabul = new Location("Kabul airport", "Afghanistan", "Kabul", 34.57, 69.21, 1, null);
    Location jalalabad =
        new Location("Jalalabad", "Afghanistan", "Nangarhar", 34.43, 70.45, 1, null);

    assertThat(places.compare(nangarhar, kabul)).isEqualTo(Places.Verdict.CONFLICT);
    assertThat(places.compare(kabul, nangarhar)).isEqualTo(Places.Verdict.CONFLICT);
    assertThat(places.compare(nangarhar, jalalabad)).isNotEqualTo(Places.Verdict.CONFLICT);
  }
}
