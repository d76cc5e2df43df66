package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/** How a sentence is cut into the clauses of its triggers. */
class ClauseSplitterTest {
  private final ClauseSplitter splitter = new ClauseSplitter();

  private static TriggerMatch at(String text, String phrase, SubEventType type) {
    int begin = text.indexOf(phrase);
    return new TriggerMatch(begin, begin + phrase.length(), phrase, type);
  }

  @Test
  void aCommaAndStartsTheSecondClause() {
    String text = "Rebels shelled Varno on Friday, and troops arrested two men in Kesh.";
    TriggerMatch shelled = at(text, "shelled", SubEventType.SHELLING_ARTILLERY_MISSILE);
    TriggerMatch arrested = at(text, "arrested", SubEventType.ARRESTS);
    List<Clause> clauses = splitter.split(text, List.of(shelled, arrested));
    int split = text.indexOf(", and");
    assertThat(clauses)
        .containsExactly(new Clause(shelled, 0, split), new Clause(arrested, split, text.length()));
  }

  @Test
  void withoutABreakAClauseRunsFromTriggerToTrigger() {
    String text = "Militia fighters raided and burned the village of Orre.";
    TriggerMatch raided = at(text, "raided", SubEventType.ATTACK);
    TriggerMatch burned = at(text, "burned", SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    List<Clause> clauses = splitter.split(text, List.of(raided, burned));
    assertThat(clauses.get(0).end()).isEqualTo(burned.begin());
    assertThat(clauses.get(1).begin()).isEqualTo(raided.end());
    assertThat(clauses.get(1).end()).isEqualTo(text.length());
  }

  @Test
  void noTriggerNoClause() {
    assertThat(splitter.split("Talks resumed in the capital.", List.of())).isEmpty();
  }
}
