package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.ProjectFiles;

class AnswerKeyTest {
  @Test
  void readsTheSeedsAnswerKey() {
    AnswerKey key = AnswerKey.read(ProjectFiles.seedsGold());
    assertThat(key.documents()).hasSize(5);
    assertThat(key.events()).isNotEmpty();
    assertThat(key.noEvents()).isNotEmpty();
    assertThat(key.actors()).isNotEmpty();
    assertThat(key.relations()).isNotEmpty();
    assertThat(key.cleaning()).hasSize(5);
    AnswerKey.Event tehran =
        key.events().stream().filter(e -> e.id().equals("000-02")).findFirst().orElseThrow();
    assertThat(tehran.core()).isTrue();
    assertThat(tehran.fatalities()).isEqualTo(18);
    assertThat(tehran.alsoEvidence()).hasSize(1);
    assertThat(tehran.location().countries()).containsExactly("Iran");
  }

  @Test
  void readsEveryFieldOfAnEvent() {
    AnswerKey key =
        AnswerKey.parse(
            """
            {"events": [{"id": "x-01", "doc": "x.txt", "evidence": "e", "core": false,
              "date": "--07-25", "date_end": "--07-26", "date_after": "2018",
              "event_type": ["Battles"], "sub_event_type": ["Armed clash"],
              "actor1": ["A"], "location": {"names": ["P"], "country": ["C", "D"]},
              "fatalities": 9, "fatalities_qualifier": "exact", "fatalities_accept": [9, 7],
              "claimed_by": [["A", "A2"], ["B"]], "modality": "alleged",
              "retaliation_for": "x-00", "same_as": "s"}]}
            """);
    assertThat(key.events())
        .containsExactly(
            new AnswerKey.Event(
                "x-01",
                "x.txt",
                "e",
                List.of(),
                false,
                "--07-25",
                "--07-26",
                "2018",
                List.of("Battles"),
                List.of("Armed clash"),
                List.of("A"),
                List.of(),
                new AnswerKey.Place(List.of("P"), List.of("C", "D")),
                9,
                "exact",
                List.of(9, 7),
                List.of(List.of("A", "A2"), List.of("B")),
                "alleged",
                "x-00",
                "s"));
    assertThat(key.documents()).isEmpty();
  }

  @Test
  void saysWhichEntryIsBroken() {
    assertThatThrownBy(() -> AnswerKey.parse("{\"events\": [{\"id\": \"a\", \"doc\": \"d\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[0]")
        .hasMessageContaining("evidence");
    assertThatThrownBy(() -> AnswerKey.parse("[]")).isInstanceOf(IllegalArgumentException.class);
  }
}
