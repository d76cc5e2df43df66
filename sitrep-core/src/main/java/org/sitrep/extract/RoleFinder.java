package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.DependencyParse;

/**
 * Roles: the initiator and the target of an event, from the trigger's subject, object and "by"
 * agent in its clause, then from context. Immutable and thread-safe.
 */
final class RoleFinder {
  private final SyntacticRoles syntax = new SyntacticRoles();

  /** "were also killed", "was reportedly wounded": the trigger's subject is its victim. */
  private static final Pattern PASSIVE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:was|were|been|is|are)\\s+(?:also\\s+|reportedly\\s+|\\p{L}+ly\\s+)$");

  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "(?i)\\b(they|it|the group|the militants|the militia|the organi[sz]ation|their)\\b");
  private static final Pattern VICTIMS =
      Pattern.compile(
          "(?i)\\b(people|civilians|worshippers|shiites|sunnis|pilgrims|mourners|children|women|"
              + "protesters|protestors|residents|villagers|afghans|passengers|students|hazaras?)\\b");
  private static final Pattern UNNAMED_GROUP =
      Pattern.compile(
          "(?i)\\b(by|of|from)\\s+(the\\s+)?(unidentified\\s+|unknown\\s+|[\\p{L}-]+-(iranian|backed|aligned|affiliated)\\s+|armed\\s+)?(militias|militiamen|gunmen|militants|insurgents|armed men)\\b");

  /**
   * The roles of the event of {@code clause}.
   *
   * @param view the sentence
   * @param type the event's sub-type
   * @param claimedBy who claimed it, read before
   */
  Roles roles(
      SentenceView view,
      Clause clause,
      SubEventType type,
      List<ActorRef> claimedBy,
      Discourse discourse) {
    String text = view.text();
    TriggerMatch t = clause.trigger();
    List<ActorMention> local = view.actors();
    boolean passive =
        t.phrase().matches("(?i)^(?:.*\\s)?(was|were|been|is|are)\\b.*|.*\\sby$")
            || text.substring(t.end(), Math.min(text.length(), t.end() + 4))
                .matches("(?i)^ by\\b.*")
            || PASSIVE_BEFORE.matcher(text.substring(clause.begin(), t.begin())).find();
    ActorRef subject = subject(text, t, clause.begin(), local);
    ActorRef agent = agent(text, t, local);
    ActorRef object = object(text, t, clause.end(), local, subject);
    ActorRef actor1;
    ActorRef actor2;
    boolean weak = false;
    if (passive) {
      actor1 = agent;
      actor2 = subject != null ? subject : object;
    } else {
      actor1 = subject != null ? subject : agent;
      actor2 = object;
    }
    // Without an actor named in the sentence the parse can place no one: it is not made.
    var parse = local.isEmpty() ? Optional.<DependencyParse>empty() : view.parse().get();
    if (parse.isPresent()) {
      // The parse knows the predicate's arguments; the character positions above only guess.
      Roles parsed = syntax.find(view.sentence(), parse.get(), t, text, local);
      if (parsed.actor1() != null) {
        if (parsed.actor1().equals(actor2)) {
          actor2 = actor1;
        }
        actor1 = parsed.actor1();
      }
      if (parsed.actor2() != null) {
        if (parsed.actor2().equals(actor1)) {
          actor1 = actor2;
        }
        actor2 = parsed.actor2();
      }
    }
    if (actor2 == null) {
      actor2 = victimBefore(text, t, local, actor1);
    }
    if (actor1 == null && !passive && !UNNAMED_GROUP.matcher(text).find()) {
      actor1 =
          contextActor(
              text.substring(clause.begin(), t.begin()),
              view.paragraph(),
              type,
              claimedBy,
              discourse);
      weak = true;
    }
    if (type.type() == EventType.STRATEGIC_DEVELOPMENTS
        && type != SubEventType.ARRESTS
        && actor1 == null) {
      actor1 = actor2;
      actor2 = null;
    }
    if (actor1 != null && actor1.equals(actor2)) {
      actor2 = null;
    }
    if (actor1 == null) {
      // Quoted speech is blanked for reading; an unnamed group may stand inside the quote.
      actor1 =
          unidentifiedArmedGroup(view.sentence().text().substring(clause.begin(), clause.end()));
    }
    return new Roles(actor1, actor2, weak);
  }

  /**
   * The victims a clause names ("people", "villagers"), as ACLED's civilians of the place's
   * country; null when it names none.
   */
  ActorRef civilians(String clause, List<PlaceMention> targets) {
    if (!VICTIMS.matcher(clause).find()) {
      return null;
    }
    // The victims' country is the place's own; unknown, ACLED's plain "Civilians".
    String country = targets.isEmpty() ? null : targets.get(0).countryCode();
    return country != null
        ? new ActorRef("civilians:" + country, "Civilians (" + Countries.name(country) + ")")
        : new ActorRef("civilians", "Civilians");
  }

  /**
   * "rockets were fired … from zones under the control of pro-Iranian militias": an unnamed armed
   * group.
   */
  private static ActorRef unidentifiedArmedGroup(String clause) {
    if (UNNAMED_GROUP.matcher(clause).find()) {
      return new ActorRef("new:unidentified-armed-group", "Unidentified Armed Group");
    }
    return null;
  }

  private static ActorRef contextActor(
      String lead,
      int paragraphIndex,
      SubEventType type,
      List<ActorRef> claimedBy,
      Discourse discourse) {
    if (discourse.sentenceActor1() != null) {
      return discourse.sentenceActor1();
    }
    if (!claimedBy.isEmpty()) {
      return claimedBy.get(0);
    }
    boolean anaphor =
        PRONOUN_SUBJECT.matcher(lead).find()
            || lead.matches("(?is)^\\W*(this|these|then|subsequently)\\b.*");
    if (discourse.lastActor1() != null
        && paragraphIndex - discourse.lastActor1Paragraph() <= 1
        && anaphor) {
      return discourse.lastActor1();
    }
    if (Draft.violent(type)
        && discourse.lastGroup() != null
        && paragraphIndex - discourse.lastGroupParagraph() <= 2) {
      return discourse.lastGroup();
    }
    return null;
  }

  private static ActorRef subject(
      String text, TriggerMatch t, int clauseStart, List<ActorMention> local) {
    ActorMention best = null;
    for (ActorMention a : local) {
      // "U.S. airstrikes", "Iranian missiles": the name on the weapon is who used it.
      boolean onTrigger = a.span().begin() <= t.begin() && t.begin() < a.span().end();
      String gap = a.span().end() <= t.begin() ? text.substring(a.span().end(), t.begin()) : "";
      boolean adjacent =
          a.span().end() <= t.begin()
              && gap.matches(
                  "\\s*((drones?|aircraft|warplanes?|jets?|special operations|military)\\s+)?");
      if (a.span().begin() >= clauseStart
          && (onTrigger || adjacent)
          && !PlaceFinder.isPlaceUse(text, a)) {
        return a.actor().ref();
      }
    }
    for (ActorMention a : local) {
      if (a.modifier()
          || a.span().end() > t.begin()
          || a.span().begin() < clauseStart
          || PlaceFinder.isPlaceUse(text, a)) {
        continue;
      }
      String left = text.substring(Math.max(0, a.span().begin() - 14), a.span().begin());
      if (left.matches(
          "(?is).*\\b(against|on|at|of|to|from|with|for|into|over|targeting|by|and|under|between|fight|fighting|combat|confront|oppose|support|help|aid|including)\\s+(the\\s+)?[“\"]?$")) {
        continue;
      }
      best = a;
    }
    return best == null ? null : best.actor().ref();
  }

  /** The agent of a passive: "was declared by X", "were captured by security forces". */
  private static ActorRef agent(String text, TriggerMatch t, List<ActorMention> local) {
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 50));
    for (ActorMention a : local) {
      int offset = a.span().begin() - t.end();
      if (offset >= 0
          && offset < after.length()
          && !a.modifier()
          && after.substring(0, offset).matches("(?is).*\\bby\\s+(the\\s+)?$")) {
        return a.actor().ref();
      }
    }
    return null;
  }

  private static ActorRef object(
      String text, TriggerMatch t, int clauseEnd, List<ActorMention> local, ActorRef subject) {
    for (ActorMention a : local) {
      // "storm an ISIS hideout": a name inside the trigger phrase, after its first word.
      boolean overlapsTrigger = a.span().begin() <= t.begin() && t.begin() < a.span().end();
      if (a.span().begin() <= t.begin()
          || overlapsTrigger
          || a.span().begin() >= clauseEnd
          || PlaceFinder.isPlaceUse(text, a)) {
        continue;
      }
      String following =
          text.substring(a.span().end(), Math.min(text.length(), a.span().end() + 14))
              .toLowerCase(Locale.ROOT);
      String surface = a.surface().toLowerCase(Locale.ROOT) + following;
      // "the ISIL-held town": the group holding it is the target; "Iran-backed" is not.
      boolean controlled =
          a.modifier()
              && surface.matches("(?s).*-(held|controlled|linked|affiliated|run|occupied)\\b.*");
      boolean branch = following.matches("(?s)^\\s*(branch|wing|affiliate|chapter)\\b.*");
      String left = text.substring(Math.max(0, a.span().begin() - 4), a.span().begin());
      String context = text.substring(Math.max(0, a.span().begin() - 30), a.span().begin());
      // "the anniversary of Soleimani's assassination", "to support its ally Assad".
      boolean bystander =
          context.matches(
              "(?is).*\\b(anniversary|grave|funeral|tomb|memory|commemoration|support|ally|help|aid|backing|branch of|wing of|affiliate of|known as)\\b[^,;]*$");
      if ((!a.modifier() || controlled)
          && !branch
          && !bystander
          && !a.actor().ref().equals(subject)
          && !left.matches("(?is).*\\bby\\s+$")) {
        return a.actor().ref();
      }
    }
    return null;
  }

  /** "Abu Bakr al-Baghdadi, died during a US raid": who died is the other side. */
  private static ActorRef victimBefore(
      String text, TriggerMatch t, List<ActorMention> local, ActorRef actor1) {
    var died = CasualtyReader.PERSON_DIED.matcher(text.substring(0, t.begin()));
    if (!died.find()) {
      return null;
    }
    for (ActorMention a : local) {
      if (a.span().end() <= died.start() && !a.modifier() && !a.actor().ref().equals(actor1)) {
        return a.actor().ref();
      }
    }
    return null;
  }
}
