package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.detect.Detection;
import org.sitrep.extract.detect.EventDetector;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** How the lexicon's triggers and the classifier's detection combine, detector by detector. */
class TriggerChoiceTest {
  private static final String TEXT = "Gunmen stormed a police post in Kolo on Monday.";
  private static final Sentence SENTENCE = sentence(TEXT, "NNS VBD DT NN NN IN NNP IN NNP .");
  private static final TriggerMatch CLASH =
      new TriggerMatch(7, 14, "stormed", SubEventType.ARMED_CLASH);
  private static final Detection ATTACK_SAID =
      new Detection(Optional.of(SubEventType.ATTACK), 0.8, 0.9);
  private static final Detection CLASH_SAID =
      new Detection(Optional.of(SubEventType.ARMED_CLASH), 0.8, 0.9);
  private static final Detection NONE_SAID = new Detection(Optional.empty(), 0.9, 0.1);

  @Test
  void rulesIgnoreTheClassifier() {
    TriggerChoice rules = new TriggerChoice(Detector.RULES, 0.5, 0.9);
    assertThat(rules.choose(SENTENCE, List.of(), ATTACK_SAID)).isEmpty();
    assertThat(rules.choose(SENTENCE, List.of(CLASH), NONE_SAID)).containsExactly(CLASH);
    assertThat(rules.vouches(ATTACK_SAID)).isFalse();
  }

  @Test
  void theModelAloneDecidesAndTypesButTheLexiconPlacesTheTrigger() {
    TriggerChoice model = new TriggerChoice(Detector.MODEL, 0.5, 0.9);
    assertThat(model.choose(SENTENCE, List.of(CLASH), NONE_SAID)).isEmpty();
    assertThat(model.choose(SENTENCE, List.of(CLASH), ATTACK_SAID))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.type()).isEqualTo(SubEventType.ATTACK);
              assertThat(t.phrase()).isEqualTo("stormed");
            });
  }

  @Test
  void combinedAddsWhatTheLexiconMissedAtTheMainVerb() {
    TriggerChoice combined = new TriggerChoice(Detector.COMBINED, 0.5, 0.9);
    assertThat(combined.choose(SENTENCE, List.of(), CLASH_SAID))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.type()).isEqualTo(SubEventType.ARMED_CLASH);
              assertThat(t.phrase()).isEqualTo("stormed");
            });
    assertThat(combined.vouches(CLASH_SAID)).isTrue();
  }

  @Test
  void combinedKeepsTheLexiconWhenTheClassifierIsUnsureOrAgrees() {
    TriggerChoice combined = new TriggerChoice(Detector.COMBINED, 0.5, 0.9);
    Detection unsure = new Detection(Optional.of(SubEventType.ATTACK), 0.3, 0.6);
    assertThat(combined.choose(SENTENCE, List.of(CLASH), unsure)).containsExactly(CLASH);
    assertThat(combined.choose(SENTENCE, List.of(CLASH), CLASH_SAID)).containsExactly(CLASH);
    Detection doubtful = new Detection(Optional.empty(), 0.6, 0.4);
    assertThat(combined.choose(SENTENCE, List.of(CLASH), doubtful)).containsExactly(CLASH);
    assertThat(combined.choose(SENTENCE, List.of(CLASH), EventDetector.IMPLAUSIBLE))
        .containsExactly(CLASH);
  }

  @Test
  void combinedDropsTheLexiconsTriggersWhenTheClassifierIsSureThereIsNoEvent() {
    TriggerChoice combined = new TriggerChoice(Detector.COMBINED, 0.5, 0.9);
    Detection sure = new Detection(Optional.empty(), 0.95, 0.05);
    assertThat(combined.choose(SENTENCE, List.of(CLASH), sure)).isEmpty();
  }

  @Test
  void combinedRetypesTheMainTriggerAndKeepsTheOthers() {
    TriggerChoice combined = new TriggerChoice(Detector.COMBINED, 0.5, 0.9);
    Detection takeover =
        new Detection(Optional.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), 0.7, 0.9);
    TriggerMatch abduction = new TriggerMatch(30, 39, "abducted", SubEventType.ABDUCTION);
    assertThat(combined.choose(SENTENCE, List.of(CLASH, abduction), takeover))
        .extracting(TriggerMatch::type)
        .containsExactly(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.ABDUCTION);
  }

  @Test
  void inAShortNoteTheClassifiersBestTypeStandsWhenItSeesSomeEvent() {
    TriggerChoice combined = new TriggerChoice(Detector.COMBINED, 0.5, 0.9);
    Detection spread = new Detection(Optional.of(SubEventType.MOB_VIOLENCE), 0.4, 0.95);
    assertThat(combined.choose(SENTENCE, List.of(), spread, false)).isEmpty();
    assertThat(combined.choose(SENTENCE, List.of(), spread, true))
        .extracting(TriggerMatch::type)
        .containsExactly(SubEventType.MOB_VIOLENCE);
  }

  /** A sentence at offset 100 of a document, tokenised on spaces, with the given tags. */
  private static Sentence sentence(String text, String tags) {
    String[] pos = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int k = 0;
    for (String word : text.replace(".", " .").split(" ")) {
      int begin = text.indexOf(word, at);
      tokens.add(
          new Token(new Span(100 + begin, 100 + begin + word.length()), word, word, pos[k++], "O"));
      at = begin + word.length();
    }
    return new Sentence(0, 0, new Span(100, 100 + text.length()), text, tokens, List.of(), true);
  }
}
