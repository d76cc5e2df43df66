package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Sentence;

/**
 * Reads the relations between actors that a document's sentences state ("Hezbollah leader Hassan
 * Nasrallah", "the Iraqi Hezbollah Brigades, under the Islamic Resistance in Iraq", "Iran-backed
 * Houthis"), each with its sentence as evidence.
 *
 * <p>Each sentence is rewritten with every actor mention as a marker, names joined by a list
 * separator ("A, B and the C") as one marker standing for all of them, and state names that are
 * places ("in Lebanon") left as text; the cue patterns of a {@link RelationLexicon} then say which
 * markers are related and how, unless a negation stands in what a cue matched ("is not part of"). A
 * relation must also make sense for the kinds of its actors: a state is never part of anything nor
 * anything part of a state or a person (a state's possessive, "Lebanon's Hezbollah", says where,
 * not whose), only a person leads a group (anyone may lead an alliance), and a person is backed by
 * no one. Members of an enumeration may all be part of one group, but only the member of an
 * enumeration next to the cue is what they are part of or led by. Each relation is reported once
 * per document, at the first sentence that states it; the subject and object of a symmetric
 * relation are ordered by id. Immutable and thread-safe.
 */
public final class RelationExtractor {
  private static final Pattern POSSESSIVE = Pattern.compile("\\S['\u2019]s$");

  private final RelationLexicon lexicon;

  public RelationExtractor(RelationLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** An extractor over the bundled cue lexicon. */
  public static RelationExtractor standard() {
    return new RelationExtractor(RelationLexicon.bundled());
  }

  /**
   * The relations the sentences of {@code document} state between the actors of {@code mentions},
   * in text order; empty when there are none.
   *
   * @param mentions the document's actor mentions, in text order and not overlapping
   */
  public List<Relation> extract(
      String documentId, AnnotatedDocument document, List<ActorMention> mentions) {
    Map<String, Relation> found = new LinkedHashMap<>();
    int next = 0;
    for (Sentence sentence : document.sentences()) {
      List<ActorMention> inSentence = new ArrayList<>();
      while (next < mentions.size() && mentions.get(next).span().begin() < sentence.span().end()) {
        ActorMention m = mentions.get(next++);
        if (m.span().begin() >= sentence.span().begin()
            && m.span().end() <= sentence.span().end()) {
          inSentence.add(m);
        }
      }
      if (inSentence.size() >= 2) {
        for (Relation r : relations(documentId, sentence, inSentence)) {
          found.putIfAbsent(r.id(), r);
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** One actor, or an enumeration of actors, as a marker of the rewritten sentence stands for. */
  private record Unit(int begin, int end, List<ActorMention> members) {}

  private List<Relation> relations(
      String documentId, Sentence sentence, List<ActorMention> mentions) {
    List<Unit> units = units(sentence, mentions);
    String template = template(sentence, units);
    List<Relation> out = new ArrayList<>();
    for (RelationLexicon.Cue cue : lexicon.cues()) {
      Matcher m = cue.pattern().matcher(template);
      int from = 0;
      // Overlapping matches too: one enumeration may be the object of two cues.
      while (from <= template.length() && m.find(from)) {
        if (matchesAny(RelationCue.NEGATION, m.group())) {
          from = m.start() + 1;
          continue;
        }
        if (cue.enumeration()) {
          List<ActorMention> members = unit(units, m.group("l")).members();
          for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
              relation(documentId, sentence, cue.type(), members.get(i), members.get(j))
                  .ifPresent(out::add);
            }
          }
        } else {
          String subjectGroup = cue.nearestSubject() ? "s1" : "s";
          String objectGroup = cue.nearestObject() ? "o1" : "o";
          boolean objectFirst = m.start(objectGroup) < m.start(subjectGroup);
          List<ActorMention> subjects = unit(units, m.group(subjectGroup)).members();
          List<ActorMention> objects = unit(units, m.group(objectGroup)).members();
          if (cue.nearestSubject()) {
            subjects = nearest(subjects, !objectFirst);
          }
          if (cue.nearestObject()) {
            objects = nearest(objects, objectFirst);
          }
          for (ActorMention s : subjects) {
            for (ActorMention o : objects) {
              relation(documentId, sentence, cue.type(), s, o).ifPresent(out::add);
            }
          }
        }
        from = m.start() + 1;
      }
    }
    return out;
  }

  /** The member of an enumeration next to the other actor: its last when it comes first. */
  private static List<ActorMention> nearest(List<ActorMention> members, boolean comesFirst) {
    return List.of(members.get(comesFirst ? members.size() - 1 : 0));
  }

  private static Unit unit(List<Unit> units, String index) {
    return units.get(Integer.parseInt(index));
  }

  /**
   * The markers of a sentence: each mention but those of places, with consecutive names joined into
   * one when only a list separator stands between them. A modifier ("Iran-backed") stays alone and
   * keeps its affix as text beside its marker.
   */
  private List<Unit> units(Sentence sentence, List<ActorMention> mentions) {
    String text = sentence.text();
    int base = sentence.span().begin();
    List<Unit> single = new ArrayList<>();
    for (ActorMention m : mentions) {
      int begin = m.span().begin() - base;
      if (m.actor().kind() == ActorKind.STATE
          && !m.modifier()
          && matchesAny(RelationCue.PLACE, text.substring(0, begin))) {
        continue;
      }
      // A possessive stays text beside the marker, where the cues expect it: "Hamas's leader".
      int end = POSSESSIVE.matcher(m.surface()).find() ? m.span().end() - 2 : m.span().end();
      single.add(new Unit(m.span().begin(), end, List.of(m)));
    }
    List<Unit> units = new ArrayList<>();
    int i = 0;
    while (i < single.size()) {
      // The longest enumeration from here: names joined by commas up to a conjunction, or by a
      // conjunction alone. Commas with no conjunction after them are appositions, not lists.
      int last = i;
      int j = i;
      while (j + 1 < single.size() && joinable(single.get(j), single.get(j + 1))) {
        String gap = text.substring(single.get(j).end() - base, single.get(j + 1).begin() - base);
        if (matchesWhole(RelationCue.LIST, gap)) {
          last = j + 1;
        } else if (!matchesWhole(RelationCue.LIST_COMMA, gap)) {
          break;
        }
        j++;
      }
      List<ActorMention> members = new ArrayList<>();
      single.subList(i, last + 1).forEach(u -> members.addAll(u.members()));
      units.add(new Unit(single.get(i).begin(), single.get(last).end(), members));
      i = last + 1;
    }
    return units;
  }

  /**
   * Whether two names may be of one enumeration: a modifier ("Iran-backed") never is, nor a person
   * beside a group ("Hamas commander Mohammed Deif and Hezbollah leader Hassan Nasrallah").
   */
  private static boolean joinable(Unit a, Unit b) {
    ActorMention x = a.members().get(0);
    ActorMention y = b.members().get(0);
    return !x.modifier()
        && !y.modifier()
        && (x.actor().kind() == ActorKind.PERSON) == (y.actor().kind() == ActorKind.PERSON);
  }

  private static String template(Sentence sentence, List<Unit> units) {
    StringBuilder out = new StringBuilder();
    int base = sentence.span().begin();
    int at = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      out.append(sentence.text(), at, u.begin() - base);
      out.append(RelationLexicon.OPEN).append(i).append(RelationLexicon.CLOSE);
      at = u.end() - base;
    }
    return out.append(sentence.text().substring(at)).toString();
  }

  private boolean matchesAny(RelationCue cue, String text) {
    return lexicon.patterns(cue).stream().anyMatch(p -> p.matcher(text).find());
  }

  private boolean matchesWhole(RelationCue cue, String text) {
    return lexicon.patterns(cue).stream().anyMatch(p -> p.matcher(text).matches());
  }

  private static Optional<Relation> relation(
      String documentId,
      Sentence sentence,
      RelationType type,
      ActorMention subjectMention,
      ActorMention objectMention) {
    Actor subject = subjectMention.actor();
    Actor object = objectMention.actor();
    if (!fits(type, subject, object)) {
      return Optional.empty();
    }
    if (type.symmetric() && subject.id().compareTo(object.id()) > 0) {
      Actor swap = subject;
      subject = object;
      object = swap;
    }
    String id = documentId + "-" + type.code() + "-" + subject.id() + "-" + object.id();
    return Optional.of(
        new Relation(
            id,
            subject.ref(),
            type,
            object.ref(),
            documentId,
            sentence.text(),
            sentence.span(),
            false));
  }

  /** Whether {@code type} can hold between actors of these kinds. */
  private static boolean fits(RelationType type, Actor subject, Actor object) {
    ActorKind s = subject.kind();
    ActorKind o = object.kind();
    if (subject.id().equals(object.id()) || s == ActorKind.CIVILIANS || o == ActorKind.CIVILIANS) {
      return false;
    }
    return switch (type) {
      case PART_OF -> s != ActorKind.STATE && o != ActorKind.STATE && o != ActorKind.PERSON;
      case LEADER_OF -> o != ActorKind.PERSON && (s == ActorKind.PERSON || o == ActorKind.ALLIANCE);
      case BACKED_BY -> s != ActorKind.PERSON;
      case ALLIED_WITH, ADVERSARY_OF -> true;
    };
  }
}
