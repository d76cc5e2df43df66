package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.resolve.ActorResolver;

class GenericBinderTest {
  private static final GenericBinder BINDER = new GenericBinder(ActorResolver.bundled());

  private static Report report(
      SubEventType type, ActorRef actor1, ActorRef actor2, String country) {
    Location where = country == null ? null : Location.named("Somewhere", country);
    return new Report(
        "r1",
        "d1",
        "Invented evidence.",
        new Span(0, 18),
        EventDate.UNKNOWN,
        type,
        actor1,
        actor2,
        List.of(),
        where,
        null,
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.5);
  }

  @Test
  void genericActorsTakeTheReportsCountry() {
    Report bound =
        BINDER.bind(
            report(
                SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                new ActorRef("police-forces", "Police Forces"),
                new ActorRef("protesters", "Protesters"),
                "Kenya"),
            "SO");
    assertThat(bound.actor1()).isEqualTo(new ActorRef("police:KE", "Police Forces of Kenya"));
    assertThat(bound.actor2()).isEqualTo(new ActorRef("protesters:KE", "Protesters (Kenya)"));
  }

  @Test
  void withoutAPlaceTheDocumentsCountryServes() {
    Report bound =
        BINDER.bind(
            report(
                SubEventType.ATTACK,
                new ActorRef("new:unidentified-armed-group", "Unidentified Armed Group"),
                new ActorRef("al-shabaab", "al-Shabaab"),
                null),
            "BJ");
    assertThat(bound.actor1().name()).isEqualTo("Unidentified Armed Group (Benin)");
    assertThat(bound.actor2().id()).isEqualTo("al-shabaab");
  }

  @Test
  void aCrowdInARiotIsRioters() {
    Report bound =
        BINDER.bind(
            report(
                SubEventType.VIOLENT_DEMONSTRATION,
                new ActorRef("protesters", "Protesters"),
                null,
                "Bangladesh"),
            null);
    assertThat(bound.actor1()).isEqualTo(new ActorRef("rioters:BD", "Rioters (Bangladesh)"));
  }

  @Test
  void theDocumentsCountryIsTheOneItsTextIsAbout() {
    assertThat(BINDER.home("Police in Nairobi dispersed a march.", List.of())).isEqualTo("KE");
    assertThat(BINDER.home("Nothing here says where.", List.of())).isNull();
  }

  @Test
  void aReportThatNamesNoInitiatorTakesACLEDsConvention() {
    assertThat(
            BINDER.bind(report(SubEventType.PEACEFUL_PROTEST, null, null, "Kenya"), null).actor1())
        .isEqualTo(new ActorRef("protesters:KE", "Protesters (Kenya)"));
    assertThat(BINDER.bind(report(SubEventType.MOB_VIOLENCE, null, null, "Benin"), null).actor1())
        .isEqualTo(new ActorRef("rioters:BJ", "Rioters (Benin)"));
    assertThat(
            BINDER
                .bind(report(SubEventType.REMOTE_EXPLOSIVE, null, null, null), "SO")
                .actor1()
                .name())
        .isEqualTo("Unidentified Armed Group (Somalia)");
    assertThat(BINDER.bind(report(SubEventType.ARRESTS, null, null, "Kenya"), "KE").actor1())
        .isNull();
    assertThat(BINDER.unbound(report(SubEventType.ATTACK, null, null, null))).isTrue();
  }

  @Test
  void aDemonstrationsInitiatorIsTheCrowdWithItsOrganiserBesideIt() {
    ActorRef bnp = new ActorRef("bnp", "Bangladesh Nationalist Party");
    Report riot =
        BINDER.bind(report(SubEventType.VIOLENT_DEMONSTRATION, bnp, null, "Bangladesh"), null);
    assertThat(riot.actor1().name()).isEqualTo("Rioters (Bangladesh)");
    assertThat(riot.assocActors()).containsExactly(bnp);

    ActorRef odm = new ActorRef("odm", "Orange Democratic Movement");
    Report march = BINDER.bind(report(SubEventType.PEACEFUL_PROTEST, odm, null, "Kenya"), null);
    assertThat(march.actor1().name()).isEqualTo("Protesters (Kenya)");
    assertThat(march.assocActors()).containsExactly(odm);
  }

  @Test
  void aForceThatActsOnAProtestIsItsOtherSideUnlessItsForceIsTheEvent() {
    ActorRef police = new ActorRef("police-forces", "Police Forces");
    Report intervened =
        BINDER.bind(report(SubEventType.PROTEST_WITH_INTERVENTION, police, null, "Kenya"), null);
    assertThat(intervened.actor1().name()).isEqualTo("Protesters (Kenya)");
    assertThat(intervened.actor2()).isEqualTo(new ActorRef("police:KE", "Police Forces of Kenya"));

    Report force =
        BINDER.bind(
            report(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, police, null, "Kenya"), null);
    assertThat(force.actor1()).isEqualTo(new ActorRef("police:KE", "Police Forces of Kenya"));
  }
}
