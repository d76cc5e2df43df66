package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/** How new mentions join the reports already read, or become reports of their own. */
class DraftBookTest {
  private static final ActorRef REBELS = new ActorRef("rebels", "Rebels");

  private static Draft draft(SubEventType type, int sentence, int paragraph, Location location) {
    Draft d = new Draft();
    d.type = type;
    d.sentence = sentence;
    d.paragraph = paragraph;
    d.location = location;
    d.actor1 = REBELS;
    return d;
  }

  @Test
  void twoTriggersOfOneSentenceWithOneTypeAreOneReport() {
    DraftBook book = new DraftBook();
    book.addOrMerge(draft(SubEventType.ATTACK, 0, 0, Location.named("Varno", "Ruritania")));
    Draft second = draft(SubEventType.ATTACK, 0, 0, null);
    book.addOrMerge(second);
    assertThat(book.size()).isEqualTo(1);
  }

  @Test
  void aStrikeOnTwoBasesIsTwoReports() {
    DraftBook book = new DraftBook();
    Draft strike = draft(SubEventType.AIR_DRONE_STRIKE, 0, 0, null);
    book.addAtEach(
        strike,
        List.of(
            Location.named("Kesh Air Base", "Ruritania"),
            Location.named("Orre Camp", "Ruritania")));
    assertThat(book.all())
        .extracting(d -> d.location.name())
        .containsExactly("Kesh Air Base", "Orre Camp");
    assertThat(book.all()).allSatisfy(d -> assertThat(d.actor1).isEqualTo(REBELS));
  }

  @Test
  void aReferenceJoinsTheEventOfTheParagraphAndGivesItItsPlace() {
    DraftBook book = new DraftBook();
    Draft first = draft(SubEventType.ARMED_CLASH, 0, 0, null);
    first.date = EventDate.UNKNOWN;
    book.addOrMerge(first);
    Draft later = draft(SubEventType.ATTACK, 1, 0, null);
    List<PlaceMention> targets = List.of(new PlaceMention(10, 15, "Tumbo", "XX", false));
    boolean merged =
        book.mergeIntoEarlier(
            later, targets, true, false, (p, d) -> Location.named(p.name(), "Ruritania"));
    assertThat(merged).isTrue();
    assertThat(book.size()).isEqualTo(1);
    assertThat(book.last().location.name()).isEqualTo("Tumbo");
  }

  @Test
  void anUndatedMentionAtAnotherNamedPlaceDoesNotJoin() {
    DraftBook book = new DraftBook();
    book.addOrMerge(draft(SubEventType.ARMED_CLASH, 0, 0, Location.named("Varno", "Ruritania")));
    Draft later = draft(SubEventType.ATTACK, 1, 0, null);
    List<PlaceMention> targets = List.of(new PlaceMention(10, 15, "Tumbo", "XX", false));
    assertThat(book.mergeIntoEarlier(later, targets, false, false, (p, d) -> null)).isFalse();
  }

  @Test
  void aMentionInADistantParagraphDoesNotJoin() {
    DraftBook book = new DraftBook();
    book.addOrMerge(draft(SubEventType.ARMED_CLASH, 0, 0, null));
    Draft later = draft(SubEventType.ATTACK, 9, 5, null);
    assertThat(book.mergeIntoEarlier(later, List.of(), false, false, (p, d) -> null)).isFalse();
  }
}
