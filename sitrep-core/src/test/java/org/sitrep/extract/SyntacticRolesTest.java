package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.DependencyParse;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Agent and patient from a dependency tree, on invented sentences with hand-written trees. */
class SyntacticRolesTest {
  private static final Actor FRONT =
      new Actor("lion-front", "Lion Front", ActorKind.REBEL_GROUP, "XX", List.of(), null);
  private static final Actor ARMY =
      new Actor(
          "army:XX", "Military Forces of Ruritania", ActorKind.STATE_FORCES, "XX", List.of(), null);
  private final SyntacticRoles roles = new SyntacticRoles();

  /** Tokens split at spaces, tagged with {@code tags}. */
  private static Sentence sentence(String text, String tags) {
    String[] pos = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int k = 0;
    for (String word : text.split(" ")) {
      int begin = text.indexOf(word, at);
      tokens.add(new Token(new Span(begin, begin + word.length()), word, word, pos[k++], "O"));
      at = begin + word.length();
    }
    return new Sentence(0, 0, new Span(0, text.length()), text, tokens, List.of(), true);
  }

  private static ActorMention mention(String text, String surface, Actor actor) {
    int begin = text.indexOf(surface);
    return new ActorMention(
        new Span(begin, begin + surface.length()), surface, actor, false, false);
  }

  private static TriggerMatch trigger(String text, String phrase) {
    int begin = text.indexOf(phrase);
    return new TriggerMatch(begin, begin + phrase.length(), phrase, SubEventType.ARMED_CLASH);
  }

  @Test
  void theActiveSubjectActsThoughAnotherActorStandsNearerTheVerb() {
    // Lion_Front , which fought the_army for years , attacked Kesh
    String text = "Front , which fought Army for years , attacked Kesh";
    Sentence s = sentence(text, "NNP , WDT VBD NNP IN NNS , VBD NNP");
    DependencyParse tree =
        new DependencyParse(
            List.of(8, 0, 3, 0, 3, 6, 3, 0, -1, 8),
            List.of(
                "nsubj",
                "punct",
                "nsubj",
                "acl:relcl",
                "obj",
                "case",
                "obl",
                "punct",
                "root",
                "obj"));
    List<ActorMention> actors = List.of(mention(text, "Front", FRONT), mention(text, "Army", ARMY));
    Roles found = roles.find(s, tree, trigger(text, "attacked"), text, actors);
    assertThat(found.actor1()).isEqualTo(FRONT.ref());
    assertThat(found.actor2()).isNull();
  }

  @Test
  void thePassiveByAgentActsAndThePassiveSubjectIsTheTarget() {
    String text = "Army soldiers were ambushed by Front fighters";
    Sentence s = sentence(text, "NNP NNS VBD VBN IN NNP NNS");
    DependencyParse tree =
        new DependencyParse(
            List.of(1, 3, 3, -1, 6, 6, 3),
            List.of("compound", "nsubj:pass", "aux:pass", "root", "case", "compound", "obl:agent"));
    List<ActorMention> actors = List.of(mention(text, "Army", ARMY), mention(text, "Front", FRONT));
    Roles found = roles.find(s, tree, trigger(text, "were ambushed"), text, actors);
    assertThat(found.actor1()).isEqualTo(FRONT.ref());
    assertThat(found.actor2()).isEqualTo(ARMY.ref());
  }

  @Test
  void aNominalTriggerTakesItsByAgentAndItsOnTarget() {
    String text = "an attack by Front on Army posts";
    Sentence s = sentence(text, "DT NN IN NNP IN NNP NNS");
    DependencyParse tree =
        new DependencyParse(
            List.of(1, -1, 3, 1, 6, 6, 1),
            List.of("det", "root", "case", "nmod", "case", "compound", "nmod"));
    List<ActorMention> actors = List.of(mention(text, "Front", FRONT), mention(text, "Army", ARMY));
    Roles found = roles.find(s, tree, trigger(text, "attack"), text, actors);
    assertThat(found.actor1()).isEqualTo(FRONT.ref());
    assertThat(found.actor2()).isEqualTo(ARMY.ref());
  }

  @Test
  void noActorInTheRoleGivesNull() {
    String text = "Gunmen attacked Kesh";
    Sentence s = sentence(text, "NNS VBD NNP");
    DependencyParse tree = new DependencyParse(List.of(1, -1, 1), List.of("nsubj", "root", "obj"));
    Roles found = roles.find(s, tree, trigger(text, "attacked"), text, List.of());
    assertThat(found.actor1()).isNull();
    assertThat(found.actor2()).isNull();
  }
}
