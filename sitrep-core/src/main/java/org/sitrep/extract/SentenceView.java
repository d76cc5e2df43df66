package org.sitrep.extract;

import java.util.List;
import org.sitrep.extract.detect.Detection;
import org.sitrep.nlp.Sentence;

/**
 * One annotated sentence as the event stages read it; all offsets are into {@code text}.
 *
 * @param sentence the sentence
 * @param text its text with quoted speech blanked (quotes are read for triggers, not for counts,
 *     dates or roles)
 * @param detection what the classifier said of it
 * @param actors the actors it names outside a dateline and outside a facility's name
 * @param dates the dates it names outside a dateline
 * @param places the places it names
 * @param parse its dependency parse, made when first asked for
 */
record SentenceView(
    Sentence sentence,
    String text,
    Detection detection,
    List<ActorMention> actors,
    SentenceDates dates,
    List<PlaceMention> places,
    LazyParse parse) {
  SentenceView {
    actors = List.copyOf(actors);
    places = List.copyOf(places);
  }

  /** The sentence's index in the document. */
  int index() {
    return sentence.index();
  }

  /** The sentence's paragraph. */
  int paragraph() {
    return sentence.paragraph();
  }
}
