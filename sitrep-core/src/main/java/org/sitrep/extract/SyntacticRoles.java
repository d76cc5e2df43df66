package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.ActorRef;
import org.sitrep.nlp.DependencyParse;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Roles from the dependency parse: the initiator is the agent of the event's predicate (the subject
 * of an active verb, the "by" agent of a passive or of a nominal trigger, the "X" of "X-planted"),
 * the target its patient (object, passive subject, "attack on X"). Only an actor the sentence names
 * counts; where none stands in the role the result is null. Immutable and thread-safe.
 */
final class SyntacticRoles {
  /** Relations below an argument's head that start another clause: their actors are not it. */
  private static final Set<String> CLAUSAL =
      Set.of("acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct", "ccomp", "dep");

  private static final Set<String> PASSIVE_MARKS =
      Set.of("nsubj:pass", "nsubjpass", "aux:pass", "auxpass");

  /** "X-planted bomb", "X-led assault": a modifier that names who did it. */
  private static final Pattern AGENT_COMPOUND =
      Pattern.compile("(?i).+-(planted|laid|led|launched|fired|claimed)$");

  /**
   * The agent and the patient of the event of {@code trigger} that the sentence names as actors.
   *
   * @param text the sentence's text as read (offsets of trigger and actors point into it)
   * @param actors the sentence's actors, offsets into it
   * @return the roles (weak is always false), either side null where the parse finds none
   */
  Roles find(
      Sentence sentence,
      DependencyParse parse,
      TriggerMatch trigger,
      String text,
      List<ActorMention> actors) {
    List<Token> tokens = sentence.tokens();
    int base = sentence.span().begin();
    if (parse.size() != tokens.size()) {
      return new Roles(null, null, false);
    }
    int predicate = predicate(tokens, base, parse, trigger);
    if (predicate < 0) {
      return new Roles(null, null, false);
    }
    boolean nominal = tokens.get(predicate).pos().startsWith("NN");
    boolean passive = false;
    int subject = -1;
    int passiveSubject = -1;
    int object = -1;
    int byAgent = -1;
    int onTarget = -1;
    int modifierAgent = -1;
    for (int c : parse.children(predicate)) {
      String rel = parse.relation(c);
      if (PASSIVE_MARKS.contains(rel)) {
        passive = true;
      }
      switch (rel) {
        case "nsubj" -> subject = first(subject, c);
        case "nsubj:pass", "nsubjpass" -> passiveSubject = first(passiveSubject, c);
        case "obj", "dobj" -> object = first(object, c);
        case "obl:agent", "nmod:agent" -> byAgent = first(byAgent, c);
        case "compound", "nmod:poss", "amod" -> {
          if (nominal) {
            modifierAgent = first(modifierAgent, c);
          }
        }
        default -> {}
      }
      if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        String marker = marker(tokens, parse, c);
        if (marker.equals("by")) {
          byAgent = first(byAgent, c);
        } else if (marker.equals("on") || marker.equals("against")) {
          onTarget = first(onTarget, c);
        }
      }
      if ((rel.equals("amod") || rel.equals("compound"))
          && AGENT_COMPOUND.matcher(tokens.get(c).word()).matches()) {
        modifierAgent = c;
      }
    }
    if (!nominal && subject < 0 && passiveSubject < 0) {
      // "X stormed the town and killed five": a coordinated or controlled verb shares the subject.
      String rel = parse.relation(predicate);
      int governor = parse.head(predicate);
      if (governor >= 0 && (rel.equals("conj") || rel.equals("xcomp"))) {
        for (int c : parse.children(governor)) {
          if (parse.relation(c).equals("nsubj")) {
            subject = c;
            break;
          }
        }
      }
    }
    ActorRef agent;
    ActorRef patient;
    if (nominal) {
      agent = actorIn(byAgent, tokens, base, parse, text, actors);
      if (agent == null) {
        agent = actorIn(modifierAgent, tokens, base, parse, text, actors);
      }
      patient = actorIn(onTarget, tokens, base, parse, text, actors);
    } else if (passive) {
      agent = actorIn(byAgent, tokens, base, parse, text, actors);
      patient = actorIn(passiveSubject, tokens, base, parse, text, actors);
    } else {
      agent = actorIn(subject, tokens, base, parse, text, actors);
      patient = actorIn(object, tokens, base, parse, text, actors);
      if (patient == null) {
        patient = actorIn(onTarget, tokens, base, parse, text, actors);
      }
    }
    if (agent != null && agent.equals(patient)) {
      patient = null;
    }
    return new Roles(agent, patient, false);
  }

  private static int first(int current, int candidate) {
    return current >= 0 ? current : candidate;
  }

  /** The trigger's head word: of its tokens, the one governed from outside the trigger. */
  private static int predicate(
      List<Token> tokens, int base, DependencyParse parse, TriggerMatch trigger) {
    List<Integer> inside = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int begin = tokens.get(i).span().begin() - base;
      int end = tokens.get(i).span().end() - base;
      if (begin < trigger.end() && end > trigger.begin()) {
        inside.add(i);
      }
    }
    for (int i : inside) {
      if (!inside.contains(parse.head(i))) {
        return i;
      }
    }
    return inside.isEmpty() ? -1 : inside.get(0);
  }

  /** The case marker ("by", "on") of a prepositional dependent, lower-cased, or "". */
  private static String marker(List<Token> tokens, DependencyParse parse, int head) {
    for (int c : parse.children(head)) {
      if (parse.relation(c).equals("case")) {
        return tokens.get(c).word().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }

  /** The first actor named inside the phrase headed by {@code head}, or null. */
  private static ActorRef actorIn(
      int head,
      List<Token> tokens,
      int base,
      DependencyParse parse,
      String text,
      List<ActorMention> actors) {
    if (head < 0) {
      return null;
    }
    boolean[] phrase = new boolean[tokens.size()];
    mark(head, parse, phrase);
    for (ActorMention a : actors) {
      if (a.modifier() && !AGENT_COMPOUND.matcher(tokens.get(head).word()).matches()) {
        continue;
      }
      if (PlaceFinder.isPlaceUse(text, a)) {
        continue;
      }
      if (covers(a, tokens, base, phrase)) {
        return a.actor().ref();
      }
    }
    return null;
  }

  private static void mark(int i, DependencyParse parse, boolean[] phrase) {
    phrase[i] = true;
    for (int c : parse.children(i)) {
      if (!CLAUSAL.contains(parse.relation(c)) && !phrase[c]) {
        mark(c, parse, phrase);
      }
    }
  }

  /** Whether a token of the phrase lies inside the mention. */
  private static boolean covers(ActorMention a, List<Token> tokens, int base, boolean[] phrase) {
    for (int i = 0; i < tokens.size(); i++) {
      int begin = tokens.get(i).span().begin() - base;
      int end = tokens.get(i).span().end() - base;
      if (phrase[i] && begin < a.span().end() && end > a.span().begin()) {
        return true;
      }
    }
    return false;
  }
}
