package org.sitrep.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.testing.Reports;

class ActorNetworkTest {
  static final Actor ISKP = new Actor("iskp", "ISKP", ActorKind.REBEL_GROUP, "AF", List.of(), null);
  static final Actor IS =
      new Actor("is", "Islamic State", ActorKind.REBEL_GROUP, null, List.of(), null);
  static final Actor TALIBAN =
      new Actor("taliban", "Taliban", ActorKind.REBEL_GROUP, "AF", List.of(), null);

  static Relation stated(String doc, Actor s, RelationType type, Actor o) {
    return new Relation(
        doc + "-" + type.code() + "-" + s.id() + "-" + o.id(),
        s.ref(),
        type,
        o.ref(),
        doc,
        "a sentence",
        new Span(0, 10),
        false);
  }

  static Relation prior(Actor s, RelationType type, Actor o) {
    return new Relation(
        "prior-" + s.id() + "-" + type.code() + "-" + o.id(),
        s.ref(),
        type,
        o.ref(),
        null,
        null,
        null,
        true);
  }

  static ActorNetwork sample() {
    return ActorNetwork.build(
        List.of(ISKP, IS, TALIBAN),
        List.of(
            stated("doc-a", ISKP, RelationType.PART_OF, IS),
            stated("doc-b", ISKP, RelationType.PART_OF, IS),
            prior(ISKP, RelationType.PART_OF, IS),
            stated("doc-a", TALIBAN, RelationType.ADVERSARY_OF, ISKP),
            stated("doc-b", ISKP, RelationType.ADVERSARY_OF, TALIBAN)),
        List.of(
            NetworkEvent.of(
                Reports.clash("doc-b-r01", "doc-b", "2021-08-26", ISKP.ref(), TALIBAN.ref())),
            NetworkEvent.of(Reports.clash("doc-a-r01", "doc-a", "2019", TALIBAN.ref(), ISKP.ref())),
            NetworkEvent.of(Reports.clash("doc-a-r02", "doc-a", null, ISKP.ref(), null)),
            NetworkEvent.of(
                Reports.clash(
                    "doc-c-r01", "doc-c", "2020-03", ISKP.ref(), new ActorRef("new:x", "X")))));
  }

  @Test
  void aRelationStatedByTwoDocumentsAndKnownBeforeIsOneTieWeightedByItsEvidence() {
    Tie branch =
        sample().graph().getAllEdges("iskp", "is").stream()
            .filter(t -> t.relation() == RelationType.PART_OF)
            .findFirst()
            .orElseThrow();
    assertThat(branch.documents()).isEqualTo(2);
    assertThat(branch.prior()).isTrue();
    assertThat(branch.weight()).isEqualTo(3.0);
    assertThat(sample().graph().getEdgeWeight(branch)).isEqualTo(3.0);
    assertThat(branch.directed()).isTrue();
  }

  @Test
  void aSymmetricRelationStatedEitherWayRoundIsOneUndirectedTie() {
    List<Tie> enemies =
        sample().ties("taliban").stream()
            .filter(t -> t.relation() == RelationType.ADVERSARY_OF)
            .toList();
    assertThat(enemies).hasSize(1);
    assertThat(enemies.get(0).documents()).isEqualTo(2);
    assertThat(enemies.get(0).directed()).isFalse();
  }

  @Test
  void actorsThatTookPartInTheSameEventsAreTiedByHowManyTheyShare() {
    Tie shared =
        sample().ties("taliban").stream()
            .filter(t -> t.kind().equals(Tie.CO_PARTICIPATION))
            .findFirst()
            .orElseThrow();
    assertThat(shared.source()).isEqualTo("iskp");
    assertThat(shared.target()).isEqualTo("taliban");
    assertThat(shared.events()).isEqualTo(2);
    assertThat(shared.documents()).isEqualTo(2);
    assertThat(shared.weight()).isEqualTo(2.0);
  }

  @Test
  void anActorNamedOnlyByAnEventIsAVertexKnownByThatName() {
    ActorNetwork network = sample();
    assertThat(network.graph().vertexSet())
        .containsExactlyInAnyOrder("iskp", "is", "taliban", "new:x");
    assertThat(network.name("new:x")).contains(new ActorRef("new:x", "X"));
    assertThat(network.actor("new:x")).isEmpty();
  }

  @Test
  void anActorsEventsComeInTimeOrderUndatedLast() {
    assertThat(sample().events("iskp"))
        .extracting(NetworkEvent::id)
        .containsExactly("doc-a-r01", "doc-c-r01", "doc-b-r01", "doc-a-r02");
  }

  @Test
  void anActorsRelationsAreThoseItIsSubjectOrObjectOf() {
    assertThat(sample().relations("is")).hasSize(3);
    assertThat(sample().relations("taliban")).hasSize(2);
    assertThat(sample().relations("nobody")).isEmpty();
    assertThat(sample().ties("nobody")).isEmpty();
  }

  @Test
  void aReportsParticipantsAreItsActorsEachOnce() {
    Report r = Reports.clash("doc-z-r01", "doc-z", "2020", IS.ref(), IS.ref());
    assertThat(NetworkEvent.of(r).participants()).containsExactly(IS.ref());
    assertThat(NetworkEvent.of(r).documentIds()).containsExactly("doc-z");
    assertThat(NetworkEvent.of(r).location()).isEmpty();
  }

  @Test
  void aFusedEventTakesPartInTheNetworkOnceWithTheParticipantsOfAllItsReports() {
    Report a = Reports.clash("doc-a-r01", "doc-a", "2019-05-01", TALIBAN.ref(), ISKP.ref());
    Report b = Reports.clash("doc-b-r01", "doc-b", "2019-05-01", TALIBAN.ref(), IS.ref());
    org.sitrep.model.Event fused =
        new org.sitrep.model.Event(
            "e-doc-a-r01",
            List.of(a.id(), b.id()),
            List.of("doc-a", "doc-b"),
            a.date(),
            a.subEventType(),
            TALIBAN.ref(),
            ISKP.ref(),
            null,
            null,
            List.of(),
            null,
            List.of(org.sitrep.model.Event.Field.ACTOR2));

    NetworkEvent event = NetworkEvent.of(fused, List.of(a, b));
    ActorNetwork network =
        ActorNetwork.build(List.of(ISKP, IS, TALIBAN), List.of(), List.of(event));

    assertThat(event.participants())
        .extracting(ActorRef::id)
        .containsExactly("taliban", "iskp", "is");
    assertThat(event.documentIds()).containsExactly("doc-a", "doc-b");
    assertThat(network.events("taliban"))
        .extracting(NetworkEvent::id)
        .containsExactly("e-doc-a-r01");
    assertThat(network.events("is")).hasSize(1);
  }
}
