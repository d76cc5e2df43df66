package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.Reports.CIVILIANS;
import static org.sitrep.fuse.Reports.IRGC;
import static org.sitrep.fuse.Reports.IRI;
import static org.sitrep.fuse.Reports.IS;
import static org.sitrep.fuse.Reports.ISKP;
import static org.sitrep.fuse.Reports.US;
import static org.sitrep.fuse.Reports.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count.Qualifier;
import org.sitrep.model.Event;
import org.sitrep.model.FusionStamp;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

class FuserTest {
  private final Fuser fuser = new Fuser(Map.of("iskp", "is"));

  private static Report kerman(String doc, int ordinal, int dead, Qualifier q) {
    return report(doc, ordinal)
        .on("2024-01-03")
        .type(SubEventType.SUICIDE_BOMB)
        .by(ISKP)
        .against(CIVILIANS)
        .at("Kerman", "Iran")
        .killed(dead, q)
        .build();
  }

  private List<List<String>> groups(List<Event> events) {
    return events.stream().map(Event::reportIds).toList();
  }

  @Test
  void reportsOfOneIncidentInThreeDocumentsBecomeOneEventWithTheRangeOfTolls() {
    List<Event> events =
        fuser.fuse(
            List.of(
                kerman("a", 1, 84, Qualifier.AT_LEAST),
                kerman("b", 1, 91, Qualifier.EXACT),
                kerman("c", 1, 95, Qualifier.EXACT)));

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.sources()).isEqualTo(3);
    assertThat(e.fatalities()).isEqualTo(new Event.Fatalities(84, 91, 95));
    assertThat(e.disagreements()).containsExactly(Event.Field.FATALITIES);
    assertThat(e.id()).isEqualTo("ev-a-r01");
  }

  @Test
  void aClaimByTheOtherReportsInitiatorOutweighsAMisreadActor1() {
    Report misread =
        report("a", 1)
            .on("2021-08-26")
            .type(SubEventType.SUICIDE_BOMB)
            .by(US)
            .at("Kabul", "Afghanistan")
            .claimedBy(ISKP)
            .build();
    Report plain =
        report("b", 1)
            .on("2021-08-26")
            .type(SubEventType.SUICIDE_BOMB)
            .by(ISKP)
            .at("Kabul", "Afghanistan")
            .build();
    Report unclaimed =
        report("c", 1)
            .on("2021-08-26")
            .type(SubEventType.SUICIDE_BOMB)
            .by(IRGC)
            .at("Kabul", "Afghanistan")
            .build();

    assertThat(groups(fuser.fuse(List.of(misread, plain))))
        .containsExactly(List.of(misread.id(), plain.id()));
    assertThat(fuser.fuse(List.of(plain, unclaimed))).hasSize(2);
  }

  @Test
  void twoReportsOfOneDocumentStayTwoEventsEvenWhereAnotherDocumentFitsBoth() {
    // "In a separate incident the same day": the article itself tells the strikes apart.
    Report beirut =
        report("b", 1)
            .on("2024-07-30")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("Beirut", "Lebanon")
            .build();
    Report nearBy =
        report("b", 2)
            .on("2024-07-30")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("Beirut", "Lebanon")
            .killed(2, Qualifier.EXACT)
            .build();
    Report other =
        report("a", 1)
            .on("2024-07-30")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("Beirut", "Lebanon")
            .build();

    List<Event> events = fuser.fuse(List.of(beirut, nearBy, other));

    assertThat(events).hasSize(2);
    assertThat(events).allSatisfy(e -> assertThat(e.sources()).isEqualTo(e.reportIds().size()));
  }

  @Test
  void aDayWithoutItsYearAndOnlyAClaimJoinsTheIncidentReportedInFull() {
    Report reference = report("a", 7).on("--01-03").claimedBy(ISKP).build();
    Report full = kerman("b", 1, 91, Qualifier.AT_LEAST);

    List<Event> events = fuser.fuse(List.of(reference, full));

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.date().iso()).isEqualTo("2024-01-03");
    assertThat(e.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
    assertThat(e.actor1()).isEqualTo(ISKP);
    assertThat(e.location().name()).isEqualTo("Kerman");
    assertThat(e.claims()).hasSize(1);
    assertThat(e.claims().get(0).reportIds()).containsExactly(reference.id());
  }

  @Test
  void aMonthAndAPlaceSpelledAnotherWayJoinTheDayReport() {
    Report day =
        report("a", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Asad base", "Iraq")
            .build();
    Report month =
        report("b", 1)
            .on("2023-10")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Assad Airbase", "Iraq")
            .build();

    List<Event> events = fuser.fuse(List.of(day, month));

    assertThat(events).hasSize(1);
    assertThat(events.get(0).date().iso()).isEqualTo("2023-10-17");
    assertThat(events.get(0).disagreements())
        .containsExactly(Event.Field.DATE, Event.Field.LOCATION);
  }

  @Test
  void theRulesADistributedJobCallsAgreeWithFusingAtOnce() {
    Report year =
        report("a", 1)
            .on("2023")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Assad Airbase", "Iraq")
            .build();
    Report day =
        report("b", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Asad base", "Iraq")
            .build();
    BlockKeys yearKeys = fuser.blockKeys(year);
    BlockKeys dayKeys = fuser.blockKeys(day);
    assertThat(dayKeys.searched()).containsAnyElementsOf(yearKeys.filed());

    assertThat(fuser.fuse(List.of(year, day))).hasSize(1);
    assertThat(fuser.links(List.of(day), List.of(year)))
        .singleElement()
        .satisfies(link -> assertThat(link).containsExactly(day.id(), year.id()));
    assertThat(fuser.clusters(List.of(day, year))).hasSize(1);
  }

  @Test
  void competingClaimsAreKeptSideBySide() {
    Report one =
        report("a", 1)
            .on("2018-09-22")
            .at("Ahvaz", "Iran")
            .type(SubEventType.ATTACK)
            .claimedBy(IS)
            .build();
    Report other =
        report("b", 1)
            .on("2018-09-22")
            .at("Ahvaz", "Iran")
            .type(SubEventType.ATTACK)
            .claimedBy(new org.sitrep.model.ActorRef("anr", "al-Ahwaz National Resistance"))
            .build();

    List<Event> events = fuser.fuse(List.of(one, other));

    assertThat(events).hasSize(1);
    assertThat(events.get(0).claims())
        .extracting(c -> c.actor().id(), c -> c.reportIds())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("anr", List.of(other.id())),
            org.assertj.core.groups.Tuple.tuple("is", List.of(one.id())));
    assertThat(events.get(0).disagreements()).contains(Event.Field.CLAIMS);
  }

  @Test
  void claimsByAGroupAndItsBranchDoNotCompete() {
    Report branch =
        report("a", 1)
            .on("2024-01-03")
            .type(SubEventType.SUICIDE_BOMB)
            .by(ISKP)
            .at("Kerman", "Iran")
            .claimedBy(ISKP)
            .build();
    Report group =
        report("b", 1)
            .on("2024-01-03")
            .type(SubEventType.SUICIDE_BOMB)
            .at("Kerman", "Iran")
            .claimedBy(IS)
            .build();

    List<Event> events = fuser.fuse(List.of(branch, group));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.claims()).extracting(c -> c.actor().id()).containsExactly("is", "iskp");
              assertThat(e.disagreements()).doesNotContain(Event.Field.CLAIMS);
            });
  }

  @Test
  void aRetaliationLinkLiftsToTheEventOfAnotherDocument() {
    Report kerman = kerman("a", 1, 91, Qualifier.AT_LEAST);
    Report kermanAgain = kerman("b", 1, 84, Qualifier.EXACT);
    Report strike =
        report("b", 2)
            .on("2024-01-15")
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .by(IRGC)
            .at("Idlib", "Syria")
            .answering(kermanAgain.id())
            .build();

    List<Event> events = fuser.fuse(List.of(strike, kermanAgain, kerman));

    assertThat(groups(events))
        .containsExactly(List.of(kerman.id(), kermanAgain.id()), List.of(strike.id()));
    assertThat(events.get(1).retaliationFor()).isEqualTo(events.get(0).id());
  }

  @Test
  void twoAttacksOnOneBaseOnDifferentDaysStayTwoEvents() {
    Report first =
        report("a", 1)
            .on("2017-10-23")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("al Bayda", "Yemen")
            .killed(9, Qualifier.EXACT)
            .build();
    Report second =
        report("b", 1)
            .on("2017-10-25")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("al-Bayda", "Yemen")
            .killed(9, Qualifier.EXACT)
            .build();

    assertThat(fuser.fuse(List.of(first, second))).hasSize(2);
  }

  @Test
  void oneDayAtTwoPlacesFarApartStaysTwoEvents() {
    Report here =
        report("a", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Asad", "Iraq", 33.80, 42.44)
            .build();
    Report there =
        report("b", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Harir", "Iraq", 36.54, 44.35)
            .build();
    Report hereAgain =
        report("c", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Al Asad Airbase", "Iraq", 33.79, 42.43)
            .build();

    assertThat(groups(fuser.fuse(List.of(here, there, hereAgain))))
        .containsExactly(List.of(here.id(), hereAgain.id()), List.of(there.id()));
  }

  @Test
  void twoReportsDatedOnlyByTheMonthInOneCountryStayApart() {
    Report one =
        report("a", 1).on("2014-06").type(SubEventType.OTHER).by(IRGC).at("Iraq", "Iraq").build();
    Report other =
        report("b", 1).on("2014-06").type(SubEventType.OTHER).by(IRGC).at("Iraq", "Iraq").build();

    assertThat(fuser.fuse(List.of(one, other))).hasSize(2);
  }

  @Test
  void anUndatedReportJoinsTheOneDatedEventAtItsPlaceByItsPerpetrator() {
    Report undated =
        report("a", 1).type(SubEventType.SUICIDE_BOMB).by(ISKP).at("Kerman", "Iran").build();

    assertThat(fuser.fuse(List.of(undated, kerman("b", 1, 91, Qualifier.EXACT)))).hasSize(1);
  }

  @Test
  void anUndatedReportOfABaseAttackedOnTwoDaysJoinsNeither() {
    Report undated =
        report("a", 1).type(SubEventType.AIR_DRONE_STRIKE).by(US).at("al Bayda", "Yemen").build();
    Report first =
        report("b", 1)
            .on("2017-10-23")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("al Bayda", "Yemen")
            .build();
    Report second =
        report("c", 1)
            .on("2017-10-25")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(US)
            .at("al-Bayda", "Yemen")
            .build();

    assertThat(fuser.fuse(List.of(undated, first, second))).hasSize(3);
  }

  @Test
  void undatedReportsWithoutAPlaceOrAPerpetratorFuseWithNothing() {
    Report onlyCountry =
        report("a", 1).type(SubEventType.SUICIDE_BOMB).by(ISKP).at("Iran", "Iran").build();
    Report noOne = report("c", 1).type(SubEventType.SUICIDE_BOMB).at("Kerman", "Iran").build();
    Report alsoUndated =
        report("d", 1).type(SubEventType.SUICIDE_BOMB).by(ISKP).at("Kerman", "Iran").build();

    assertThat(
            fuser.fuse(
                List.of(onlyCountry, noOne, alsoUndated, kerman("b", 1, 91, Qualifier.EXACT))))
        .hasSize(3);
  }

  /** An invented blast at an invented market town, fully reported. */
  private static Report marketBlast(String doc, String iso) {
    return report(doc, 1)
        .on(iso)
        .type(SubEventType.REMOTE_EXPLOSIVE)
        .by(ISKP)
        .against(US)
        .at("Zarang Bazaar", "Afghanistan")
        .killed(9, Qualifier.EXACT)
        .build();
  }

  @Test
  void anUndatedReportSharingOnlyTheTargetJoinsTheOneDayEventAtItsPlace() {
    Report undated =
        report("a", 1)
            .type(SubEventType.SUICIDE_BOMB)
            .against(US)
            .at("Zarang Bazaar", "Afghanistan")
            .build();

    List<Event> events = fuser.fuse(List.of(undated, marketBlast("b", "2025-06-04")));

    assertThat(groups(events)).containsExactly(List.of("doc-a-r01", "doc-b-r01"));
  }

  @Test
  void anUndatedReportOfAnotherViolentTypeJoinsByItsPerpetrator() {
    Report undated =
        report("a", 1).type(SubEventType.ATTACK).by(IS).at("Zarang Bazaar", "Afghanistan").build();

    assertThat(fuser.fuse(List.of(undated, marketBlast("b", "2025-06-04")))).hasSize(1);
  }

  @Test
  void aDayWithoutItsYearJoinsTheFullDateAtItsPlaceByASharedTarget() {
    Report yearless =
        report("a", 1)
            .on("--06-04")
            .type(SubEventType.SUICIDE_BOMB)
            .against(US)
            .at("Zarang Bazaar", "Afghanistan")
            .build();
    Report elsewhere =
        report("c", 1)
            .on("--06-04")
            .type(SubEventType.SUICIDE_BOMB)
            .against(US)
            .at("Afghanistan", "Afghanistan")
            .build();

    List<Event> events = fuser.fuse(List.of(yearless, elsewhere, marketBlast("b", "2025-06-04")));

    assertThat(groups(events))
        .containsExactlyInAnyOrder(List.of("doc-a-r01", "doc-b-r01"), List.of("doc-c-r01"));
  }

  @Test
  void aWeakUndatedLinkNeedsOneSpotNotTwoTownsOfOneDistrict() {
    Report townA =
        report("a", 1)
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .against(IS)
            .at("Dara Khel", "Iraq", "Diyala", 34.10, 45.10, 2)
            .build();
    Report townB =
        report("b", 1)
            .on("2025-03-02")
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .against(IS)
            .at("Tal Sufra", "Iraq", "Diyala", 34.30, 45.20, 2)
            .build();
    Report townBAgain =
        report("c", 1)
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .against(IS)
            .at("Tal Sufra", "Iraq", "Diyala", 34.30, 45.20, 2)
            .build();

    assertThat(groups(fuser.fuse(List.of(townA, townB, townBAgain))))
        .containsExactlyInAnyOrder(List.of("doc-a-r01"), List.of("doc-b-r01", "doc-c-r01"));
  }

  @Test
  void anUndatedReportOfAnotherTypeSharingOnlyTheTargetJoinsNothing() {
    Report undated =
        report("a", 1)
            .type(SubEventType.ATTACK)
            .against(US)
            .at("Zarang Bazaar", "Afghanistan")
            .build();

    assertThat(fuser.fuse(List.of(undated, marketBlast("b", "2025-06-04")))).hasSize(2);
  }

  @Test
  void aWeakUndatedLinkToTwoDaysAtOnePlaceJoinsNeither() {
    Report undated =
        report("a", 1)
            .type(SubEventType.SUICIDE_BOMB)
            .against(US)
            .at("Zarang Bazaar", "Afghanistan")
            .build();

    assertThat(
            fuser.fuse(
                List.of(undated, marketBlast("b", "2025-06-04"), marketBlast("c", "2025-06-09"))))
        .hasSize(3);
  }

  @Test
  void anUndatedReportJoinsTheEventItIsVouchedForOverOneItIsOnlyLinkedTo() {
    Report undated =
        report("a", 1)
            .type(SubEventType.REMOTE_EXPLOSIVE)
            .by(ISKP)
            .at("Zarang Bazaar", "Afghanistan")
            .build();
    Report shooting =
        report("c", 1)
            .on("2025-06-09")
            .type(SubEventType.ATTACK)
            .by(ISKP)
            .at("Zarang Bazaar", "Afghanistan")
            .build();

    List<Event> events = fuser.fuse(List.of(undated, marketBlast("b", "2025-06-04"), shooting));

    assertThat(groups(events))
        .containsExactlyInAnyOrder(List.of("doc-a-r01", "doc-b-r01"), List.of("doc-c-r01"));
  }

  @Test
  void aWeakUndatedLinkDoesNotReachAnEventDatedOnlyByItsYear() {
    Report undated =
        report("a", 1).type(SubEventType.ATTACK).by(IS).at("Zarang Bazaar", "Afghanistan").build();

    assertThat(fuser.fuse(List.of(undated, marketBlast("b", "2019")))).hasSize(2);
  }

  @Test
  void anUndatedStrategicDevelopmentNeedsAPerpetratorNotJustATarget() {
    Report arrestDated =
        report("a", 1)
            .on("2025-06-04")
            .type(SubEventType.ARRESTS)
            .by(US)
            .against(ISKP)
            .at("Zarang Bazaar", "Afghanistan")
            .build();
    Report arrestUndated =
        report("b", 1)
            .type(SubEventType.ARRESTS)
            .against(ISKP)
            .at("Zarang Bazaar", "Afghanistan")
            .build();

    assertThat(fuser.fuse(List.of(arrestDated, arrestUndated))).hasSize(2);
  }

  @Test
  void twoUndatedReportsOfOtherDocumentsBothJoinTheOneDatedEvent() {
    Report first =
        report("a", 1)
            .type(SubEventType.REMOTE_EXPLOSIVE)
            .by(ISKP)
            .at("Zarang Bazaar", "Afghanistan")
            .build();
    Report second =
        report("c", 1)
            .type(SubEventType.SUICIDE_BOMB)
            .against(US)
            .at("Zarang Bazaar", "Afghanistan")
            .build();

    List<Event> events = fuser.fuse(List.of(first, second, marketBlast("b", "2025-06-04")));

    assertThat(groups(events)).containsExactly(List.of("doc-a-r01", "doc-b-r01", "doc-c-r01"));
  }

  @Test
  void mobViolenceAndAnAttackAtOnePlaceOnOneDayAreOneEventButNotOnTwoDays() {
    Report mob =
        report("a", 1)
            .on("2025-02-11")
            .type(SubEventType.MOB_VIOLENCE)
            .at("Kothi Mandi", "India")
            .build();
    Report attack =
        report("b", 1)
            .on("2025-02-11")
            .type(SubEventType.ATTACK)
            .against(CIVILIANS)
            .at("Kothi Mandi", "India")
            .build();
    Report laterAttack =
        report("c", 1)
            .on("2025-02-13")
            .type(SubEventType.ATTACK)
            .at("Kothi Mandi", "India")
            .build();

    List<Event> events = fuser.fuse(List.of(mob, attack, laterAttack));

    assertThat(groups(events))
        .containsExactlyInAnyOrder(List.of("doc-a-r01", "doc-b-r01"), List.of("doc-c-r01"));
  }

  @Test
  void differentInitiatorsOnOneDayAtOnePlaceStayApart() {
    Report one =
        report("a", 1)
            .on("2024-01-03")
            .type(SubEventType.ATTACK)
            .by(IRGC)
            .at("Kerman", "Iran")
            .build();

    assertThat(fuser.fuse(List.of(one, kerman("b", 1, 91, Qualifier.EXACT)))).hasSize(2);
  }

  @Test
  void aReportThatFitsTwoEventsEquallyJoinsNeither() {
    Report ainAlAsad =
        report("a", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Asad", "Iraq")
            .build();
    Report harir =
        report("a", 2)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Harir", "Iraq")
            .build();
    Report somewhereInIraq =
        report("b", 1)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Iraq", "Iraq")
            .build();

    assertThat(fuser.fuse(List.of(ainAlAsad, harir, somewhereInIraq))).hasSize(3);
  }

  @Test
  void theEventsDoNotDependOnTheOrderOfTheReports() {
    List<Report> reports = mixed();
    List<Event> expected = fuser.fuse(reports);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<Report> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      assertThat(fuser.fuse(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void fusingDocumentByDocumentEqualsFusingAllAtOnce() {
    List<Report> reports = mixed();
    List<Event> batch = fuser.fuse(reports);
    Map<String, Event> events = new TreeMap<>();
    Map<String, FusionStamp> prints = new HashMap<>();
    List<Report> seen = new ArrayList<>();
    for (String doc : List.of("doc-c", "doc-a", "doc-d", "doc-b")) {
      reports.stream().filter(r -> r.documentId().equals(doc)).forEach(seen::add);
      apply(fuser.update(seen, events.values(), prints), events, prints);
    }

    assertThat(List.copyOf(events.values())).isEqualTo(batch);
    assertThat(fuser.update(seen, events.values(), prints).isEmpty()).isTrue();
  }

  @Test
  void removingADocumentsReportsEqualsFusingWhatIsLeft() {
    List<Report> reports = mixed();
    Map<String, Event> events = new TreeMap<>();
    Map<String, FusionStamp> prints = new HashMap<>();
    apply(fuser.update(reports, List.of(), Map.of()), events, prints);
    List<Report> left = reports.stream().filter(r -> !r.documentId().equals("doc-a")).toList();

    apply(fuser.update(left, events.values(), prints), events, prints);

    assertThat(List.copyOf(events.values())).isEqualTo(fuser.fuse(left));
  }

  @Test
  void everyOrderOfAddingAndRemovingDocumentsEndsWhereFusingAllAgainWould() {
    List<Report> reports = mixed();
    List<String> documents = List.of("doc-a", "doc-b", "doc-c", "doc-d");
    Random random = new Random(11);
    for (int round = 0; round < 30; round++) {
      List<String> order = new ArrayList<>(documents);
      Collections.shuffle(order, random);
      Map<String, Event> events = new TreeMap<>();
      Map<String, FusionStamp> stamps = new HashMap<>();
      List<String> present = new ArrayList<>();
      List<String> steps = new ArrayList<>(order);
      steps.addAll(order.subList(0, 2));
      for (String doc : steps) {
        if (present.contains(doc)) {
          present.remove(doc);
        } else {
          present.add(doc);
        }
        List<Report> now = reports.stream().filter(r -> present.contains(r.documentId())).toList();
        apply(fuser.update(now, events.values(), stamps), events, stamps);
        assertThat(List.copyOf(events.values())).as("after %s", steps).isEqualTo(fuser.fuse(now));
      }
    }
  }

  private static void apply(
      FusionChange change, Map<String, Event> events, Map<String, FusionStamp> prints) {
    // As the store does: a removed event takes its reports' stamps with it.
    change.removedEventIds().stream()
        .map(events::get)
        .filter(e -> e != null)
        .forEach(e -> e.reportIds().forEach(prints::remove));
    change.removedEventIds().forEach(events::remove);
    change.events().forEach(e -> events.put(e.id(), e));
    prints.putAll(change.stamps());
  }

  /** Incidents told by several documents, look-alikes, a retaliation and a vague reference. */
  private static List<Report> mixed() {
    return List.of(
        kerman("a", 1, 91, Qualifier.AT_LEAST),
        kerman("b", 1, 84, Qualifier.EXACT),
        report("c", 1).on("--01-03").claimedBy(ISKP).build(),
        report("c", 2)
            .on("2024-01-15")
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .by(IRGC)
            .at("Idlib", "Syria")
            .answering("doc-a-r01")
            .build(),
        report("d", 1)
            .on("2024-01-15")
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .by(IRGC)
            .at("Idlib", "Syria")
            .build(),
        report("d", 2)
            .on("2024-01-16")
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .by(IRGC)
            .at("Idlib", "Syria")
            .build(),
        report("a", 2)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Asad base", "Iraq")
            .build(),
        report("b", 2)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Harir Airbase", "Iraq")
            .build(),
        report("d", 3)
            .on("2023-10")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Assad Airbase", "Iraq")
            .build(),
        report("c", 3)
            .type(SubEventType.SHELLING_ARTILLERY_MISSILE)
            .by(IRGC)
            .at("Idlib", "Syria")
            .build(),
        report("c", 4)
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Ain al-Asad", "Iraq")
            .build(),
        report("b", 3)
            .on("2023-10-17")
            .type(SubEventType.AIR_DRONE_STRIKE)
            .by(IRI)
            .at("Iraq", "Iraq")
            .build());
  }
}
