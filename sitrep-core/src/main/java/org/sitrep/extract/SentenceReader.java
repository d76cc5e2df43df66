package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.extract.detect.Detection;
import org.sitrep.lexicon.Datelines;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventDate;
import org.sitrep.model.Span;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.SentenceParser;

/**
 * Reads one sentence: prepares its view (actors, dates, places), runs trigger choice, clause split
 * and the event assembly on each clause, then notes what later sentences need. Immutable and
 * thread-safe; the per-document state is passed in.
 */
final class SentenceReader {
  private final TriggerLexicon triggers;
  private final TriggerChoice choice;
  private final ClauseSplitter clauses = new ClauseSplitter();
  private final EventDating dating;
  private final EventPlaces places;
  private final CasualtyReader casualties;
  private final HostedForces hosts = new HostedForces();
  private final EventAssembler assembler;
  private final Optional<SentenceParser> parser;

  SentenceReader(
      TriggerLexicon triggers,
      TriggerChoice choice,
      EventDating dating,
      EventPlaces places,
      CasualtyReader casualties,
      EventAssembler assembler,
      Optional<SentenceParser> parser) {
    this.triggers = triggers;
    this.choice = choice;
    this.dating = dating;
    this.places = places;
    this.casualties = casualties;
    this.assembler = assembler;
    this.parser = parser;
  }

  /** Reads {@code sentence}, of which the classifier said {@code detection}, into {@code book}. */
  void read(
      Sentence sentence,
      Detection detection,
      DocumentScope scope,
      Discourse discourse,
      DraftBook book) {
    discourse.startSentence(sentence.paragraph());
    SentenceView view = view(sentence, detection, scope, discourse, book);
    String text = view.text();
    boolean heading = text.split("\\s+").length <= 3;
    for (ActorMention a : view.actors()) {
      if (a.actor().kind() == ActorKind.STATE
          && a.actor().country() != null
          && !a.modifier()
          && (heading || PlaceFinder.isPlaceUse(text, a))) {
        discourse.country(a.actor().country(), sentence.paragraph());
      }
    }
    int draftsBefore = book.size();
    if (text.split("\\s+").length >= 4) {
      // Quoted speech is read for triggers (it can report an arrest), not for counts or dates.
      List<TriggerMatch> found =
          choice.choose(sentence, triggers.find(sentence.text()), detection, scope.shortDocument());
      for (Clause clause : clauses.split(text, found)) {
        assembler.assemble(view, clause, scope, discourse, book);
      }
    }
    if (book.size() == draftsBefore) {
      casualties.tollOfLastEvent(book, sentence, text);
    }
    discourse.endSentence(view.dates().lastAbsolute(), view.dates().year());
    EventDate dateOnly = view.dates().dateOnly(view.text());
    if (dateOnly != null) {
      discourse.standingDate(dateOnly);
    }
    hosts.apply(sentence, text, view.actors(), book);
    for (ActorMention a : view.actors()) {
      ActorKind kind = a.actor().kind();
      if (!a.modifier()
          && (kind == ActorKind.REBEL_GROUP
              || kind == ActorKind.POLITICAL_MILITIA
              || kind == ActorKind.IDENTITY_MILITIA)) {
        discourse.group(a.actor().ref(), sentence.paragraph());
      }
    }
  }

  private SentenceView view(
      Sentence sentence,
      Detection detection,
      DocumentScope scope,
      Discourse discourse,
      DraftBook book) {
    String text = QuotedSpans.blank(sentence.text());
    List<ActorMention> local = localMentions(sentence, scope.mentions());
    List<EntityMention> entities = localEntities(sentence);
    // A dateline ("KABUL, Aug. 27 —") dates the story's filing, not the event, and no one acts
    // in it.
    int datelineEnd = Datelines.end(text);
    SentenceDates dates =
        dating.read(text, entities, datelineEnd, scope, discourse, book.lastDate());
    List<PlaceMention> placeMentions = places.find(text, local, entities);
    local = EventPlaces.outsideFacilities(local, placeMentions);
    local = local.stream().filter(a -> a.span().begin() >= datelineEnd).toList();
    return new SentenceView(
        sentence, text, detection, local, dates, placeMentions, new LazyParse(parser, sentence));
  }

  private static List<ActorMention> localMentions(Sentence sentence, List<ActorMention> all) {
    List<ActorMention> local = new ArrayList<>();
    int begin = sentence.span().begin();
    for (ActorMention m : all) {
      if (m.span().begin() >= begin && m.span().end() <= sentence.span().end()) {
        local.add(
            new ActorMention(
                new Span(m.span().begin() - begin, m.span().end() - begin),
                m.surface(),
                m.actor(),
                m.modifier(),
                m.metonym()));
      }
    }
    return local;
  }

  private static List<EntityMention> localEntities(Sentence sentence) {
    List<EntityMention> local = new ArrayList<>();
    int begin = sentence.span().begin();
    for (EntityMention e : sentence.entities()) {
      local.add(
          new EntityMention(
              new Span(e.span().begin() - begin, e.span().end() - begin),
              e.text(),
              e.type(),
              e.normalized()));
    }
    return local;
  }
}
