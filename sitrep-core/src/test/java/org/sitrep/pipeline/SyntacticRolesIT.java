package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;

/**
 * Roles read from the dependency parse of the sentences that report an event, on invented sentences
 * where the order of the words alone misleads.
 */
class SyntacticRolesIT {
  private static ExtractionPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = ExtractionPipeline.standard();
  }

  private static Report only(String text) {
    List<Report> reports = pipeline.extract("doc", text, "2023-03-10").reports();
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private static String name(ActorRef ref) {
    return ref == null ? null : ref.name();
  }

  @Test
  void theSubjectActsEvenWhenAnotherActorStandsBetweenItAndTheVerb() {
    Report r =
        only(
            "On 3 March 2023, al-Shabaab, which has fought the Somali government for years,"
                + " attacked a Kenyan police post in Mandera, killing three officers.");
    assertThat(name(r.actor1())).containsIgnoringCase("shabaab");
  }

  @Test
  void thePassiveAgentActsAndItsSubjectIsTheTarget() {
    Report r =
        only(
            "On 4 March 2023, members of the Nigerian Army were ambushed by Boko Haram"
                + " militants near Konduga, Borno.");
    assertThat(name(r.actor1())).containsIgnoringCase("boko haram");
  }
}
