package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.nlp.EntityMention;

class PlaceFinderTest {
  private static EntityMention location(String sentence, String name) {
    int begin = sentence.indexOf(name);
    return new EntityMention(new Span(begin, begin + name.length()), name, "LOCATION", null);
  }

  @Test
  void aTaggedNameFollowedByAnOutletWordIsNoPlace() {
    String sentence = "The paper quoted Hadana news and Tehran Times on a strike that hit Mosul.";

    List<PlaceMention> places =
        new PlaceFinder()
            .find(
                sentence,
                List.of(),
                List.of(
                    location(sentence, "Hadana"),
                    location(sentence, "Tehran"),
                    location(sentence, "Mosul")));

    assertThat(places).extracting(PlaceMention::name).containsExactly("Mosul");
  }

  @Test
  void outletWordsCountOnlyRightAfterTheName() {
    String sentence = "Gunmen attacked Kirkuk, the news agency said.";

    assertThat(PlaceFinder.namesOutlet(sentence, sentence.indexOf(","))).isFalse();
    assertThat(PlaceFinder.namesOutlet(sentence, sentence.indexOf(" the"))).isFalse();
    assertThat(PlaceFinder.namesOutlet("Al Arabiya TV reported", 10)).isTrue();
  }

  @Test
  void aCapitalNamedAsAPlaceStaysTheCityAndAStateNamedAsOneIsTheCountry() {
    org.sitrep.model.Actor lebanon =
        new org.sitrep.model.Actor(
            "state:LB", "Lebanon", org.sitrep.model.ActorKind.STATE, "LB", List.of(), null);
    String sentence = "A drone strike on Beirut killed two people in Lebanon.";
    int beirut = sentence.indexOf("Beirut");
    int country = sentence.indexOf("Lebanon");

    List<PlaceMention> places =
        new PlaceFinder()
            .find(
                sentence,
                List.of(
                    new ActorMention(new Span(beirut, beirut + 6), "Beirut", lebanon, false, true),
                    new ActorMention(
                        new Span(country, country + 7), "Lebanon", lebanon, false, false)),
                List.of());

    assertThat(places)
        .extracting(PlaceMention::name, PlaceMention::countryCode, PlaceMention::countryOnly)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Beirut", "LB", false),
            org.assertj.core.groups.Tuple.tuple("Lebanon", "LB", true));
  }

  @Test
  void aFacilityNamedOnlyByItsStateIsNoPlaceButANumberedOneIs() {
    org.sitrep.model.Actor iran =
        new org.sitrep.model.Actor(
            "state:IR", "Iran", org.sitrep.model.ActorKind.STATE, "IR", List.of(), null);
    String sentence = "Rockets hit an Iranian base, and a drone struck Tower 22 in Jordan.";
    int iranian = sentence.indexOf("Iranian");

    List<PlaceMention> places =
        new PlaceFinder()
            .find(
                sentence,
                List.of(
                    new ActorMention(new Span(iranian, iranian + 7), "Iranian", iran, true, false)),
                List.of());

    assertThat(places)
        .extracting(PlaceMention::name)
        .contains("Tower 22")
        .doesNotContain("Iranian base");
  }
}
