package org.sitrep.fuse;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventType;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Whether two reports may tell of one event, and how strongly they say so. Hard rules forbid a pair
 * outright: one document (extraction joined its mentions of one incident already), no date, dates
 * that disagree at their precision, different countries or places, incompatible types, different
 * initiators. Otherwise agreements add points (a shared day 3, a shared day without its year 2, a
 * shared place 3, a shared country 1, the same sub-type 2, a shared perpetrator or claimant 2, a
 * shared target 1, like death tolls 1) and a pair with at least {@link #LINK} points is linked,
 * provided it shares something that singles an event out: the place, a perpetrator or the toll. An
 * undated report is linked only to a dated one at the same named place (see {@link #undatedScore}).
 * Symmetric and deterministic; thread-safe.
 */
final class Compatibility {
  /** Points from which two compatible reports are taken for one event. */
  static final int LINK = 4;

  /** The score of a pair a hard rule forbids. */
  static final int FORBIDDEN = Integer.MIN_VALUE;

  private static final String VIOLENCE = "violence";
  private static final String DEMONSTRATION = "demonstration";

  private final Places places;
  private final Map<String, String> parents;

  /**
   * @param parents actor id to the id of the actor it is a branch or unit of
   */
  Compatibility(Places places, Map<String, String> parents) {
    this.places = places;
    this.parents = Map.copyOf(parents);
  }

  /**
   * What the rules read from one report, computed once per report rather than once per pair.
   *
   * @param report the report
   * @param window its date window, or empty when it has none to fuse on
   * @param place its place, prepared
   * @param initiators id of its named actor1 with its parents
   * @param perpetrators ids of its named actor1 and claimants, each with its parents
   * @param targets id of its named actor2 with its parents
   */
  record Features(
      Report report,
      Optional<DateWindow> window,
      Places.Prepared place,
      Map<String, Set<String>> initiators,
      Map<String, Set<String>> perpetrators,
      Map<String, Set<String>> targets) {}

  /** The features of {@code r}. */
  Features features(Report r) {
    return new Features(
        r,
        DateWindow.of(r.date()),
        places.prepare(r.location()),
        lineages(initiators(r)),
        lineages(perpetrators(r)),
        lineages(targets(r)));
  }

  /** The points of a pair, or {@link #FORBIDDEN}. */
  int score(Report a, Report b) {
    return score(features(a), features(b));
  }

  /** The points of a pair, or {@link #FORBIDDEN}. */
  int score(Features fa, Features fb) {
    Report a = fa.report();
    Report b = fb.report();
    if (a.documentId().equals(b.documentId())) {
      // Extraction already joins every mention of one incident in a document into one report, so
      // two reports of one document are two incidents ("a separate strike the same day").
      return FORBIDDEN;
    }
    Optional<DateWindow> da = fa.window();
    Optional<DateWindow> db = fb.window();
    if (da.isEmpty() || db.isEmpty()) {
      return undatedScore(fa, fb);
    }
    if (!da.get().agrees(db.get())) {
      return FORBIDDEN;
    }
    int types = typeScore(a.subEventType(), b.subEventType());
    if (types == FORBIDDEN) {
      return FORBIDDEN;
    }
    Places.Verdict place = places.compare(fa.place(), fb.place());
    if (place == Places.Verdict.CONFLICT) {
      return FORBIDDEN;
    }
    int actors = actorScore(fa, fb);
    if (actors == FORBIDDEN) {
      return FORBIDDEN;
    }
    boolean dayLevelA = da.get().dayLevel();
    boolean dayLevelB = db.get().dayLevel();
    if (!dayLevelA && !dayLevelB && !(place == Places.Verdict.SAME && types == 2 && actors >= 2)) {
      // Two month- or year-dated reports say too little: only one place, one kind of event and
      // one perpetrator together make them one.
      return FORBIDDEN;
    }
    if ((!dayLevelA || !dayLevelB) && !(place == Places.Verdict.SAME && types >= 1)) {
      // A month holds many events: a report dated by it joins a day's only at the same place.
      return FORBIDDEN;
    }
    boolean yearUnknown = da.get().monthDay() != null || db.get().monthDay() != null;
    if (yearUnknown
        && actors < 2
        && !(types >= 1 && actors >= 1 && places.sameSpot(fa.place(), fb.place()))) {
      // The same day of another year looks the same: a shared perpetrator must vouch for it, or
      // the same place, a like event and a shared target (as for a report with no date at all).
      return FORBIDDEN;
    }
    int tolls = fatalityScore(a, b);
    int score = types + actors + tolls;
    if (da.get().singleDay() && db.get().singleDay()) {
      score += 3;
    } else if (da.get().monthDay() != null || db.get().monthDay() != null) {
      score += 2;
    } else {
      score += 1;
    }
    score +=
        switch (place) {
          case SAME -> 3;
          case COUNTRY -> 1;
          default -> 0;
        };
    // A day and a country fit many events: the pair must also share what singles one out (a toll
    // alike is too common to count).
    boolean singledOut = place == Places.Verdict.SAME || actors >= 2;
    return singledOut ? score : Math.min(score, LINK - 1);
  }

  /**
   * An undated report joins a dated one only at the same named place and for an event of the same
   * family. It is vouched for ({@link #vouched}) by a like event and a shared perpetrator; it may
   * also be linked, at one spot on one day, by a like event and a shared target, or by a shared
   * perpetrator and any sub-type of the family (outlets call one blast a suicide bombing, an attack
   * or an explosion), but the fuser takes such a weaker link only when it is the report's one
   * candidate. Two undated reports are never linked (nothing tells their days apart), yet they do
   * not forbid each other either: both may join one dated event. A pair that merely says too little
   * scores 0, not {@link #FORBIDDEN}, so that it does not keep a report out of an event the other
   * is in.
   */
  private int undatedScore(Features fa, Features fb) {
    int types = typeScore(fa.report().subEventType(), fb.report().subEventType());
    if (types == FORBIDDEN) {
      return FORBIDDEN;
    }
    Places.Verdict place = places.compare(fa.place(), fb.place());
    if (place == Places.Verdict.CONFLICT) {
      return FORBIDDEN;
    }
    int actors = actorScore(fa, fb);
    if (actors == FORBIDDEN) {
      return FORBIDDEN;
    }
    if (fa.window().isEmpty() == fb.window().isEmpty()
        || place != Places.Verdict.SAME
        || actors < 1) {
      return 0;
    }
    if (types < 1 && actors < 2) {
      // One weakness at a time: another sub-type with a shared perpetrator, or a like event with
      // only a shared target (government forces are the target of many attacks at a place).
      return 0;
    }
    if (!(types >= 1 && actors >= 2)) {
      DateWindow dated = fa.window().or(fb::window).orElseThrow();
      if (!dated.dayLevel()
          || fa.report().subEventType().type() == EventType.STRATEGIC_DEVELOPMENTS
          || !places.sameSpot(fa.place(), fb.place())) {
        // The weaker link needs a day and a spot to hold on to: a year or a month holds many
        // events at a place ("in 2008, a bombing in the city"), a district many towns, and a
        // strategic development is one of many.
        return 0;
      }
    }
    return types + actors + 3 + fatalityScore(fa.report(), fb.report());
  }

  /**
   * Whether an undated report and a dated one vouch for each other beyond a bare link: the same
   * named place, an event of the same type and a shared perpetrator. Of several events an undated
   * report is linked to, the one it is vouched for by wins.
   */
  boolean vouched(Features fa, Features fb) {
    if (fa.window().isEmpty() == fb.window().isEmpty()) {
      return false;
    }
    return score(fa, fb) >= LINK
        && typeScore(fa.report().subEventType(), fb.report().subEventType()) >= 1
        && actorScore(fa, fb) >= 2;
  }

  /** Whether the pair is linked: compatible and with enough points. */
  boolean linked(Features a, Features b) {
    return score(a, b) >= LINK;
  }

  /**
   * The fusion families a sub-type is blocked under: reports that share no family never fuse. Mob
   * violence is both political violence and a demonstration (as ACLED counts it): one outlet's mob
   * attacking people is another's attack.
   */
  static Set<String> families(SubEventType type) {
    if (type == SubEventType.MOB_VIOLENCE) {
      return Set.of(VIOLENCE, DEMONSTRATION);
    }
    return switch (type.type()) {
      case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> Set.of(VIOLENCE);
      case PROTESTS, RIOTS -> Set.of(DEMONSTRATION);
      case STRATEGIC_DEVELOPMENTS -> Set.of(type.name());
    };
  }

  private static int typeScore(SubEventType a, SubEventType b) {
    if (a == b) {
      return 2;
    }
    if (Collections.disjoint(families(a), families(b))) {
      return FORBIDDEN;
    }
    // Outlets name one blast a suicide bombing or an explosion, one raid an attack or a clash.
    return a.type() == b.type() && a.type() != EventType.STRATEGIC_DEVELOPMENTS ? 1 : 0;
  }

  /**
   * Two reports that both name an initiator (actor1) must name the same one, the same group at
   * another level, the two sides swapped as in a clash, or one that claimed the other. Claims never
   * forbid: competing claims of one attack are kept side by side. A perpetrator (actor1 or
   * claimant) shared gives 2 points, a shared target 1. Unidentified groups and civilians name no
   * one.
   */
  private static int actorScore(Features a, Features b) {
    if (!a.initiators().isEmpty()
        && !b.initiators().isEmpty()
        && !shares(a.initiators(), b.initiators())
        && !(shares(a.initiators(), b.targets()) && shares(b.initiators(), a.targets()))
        && !shares(a.perpetrators(), b.perpetrators())) {
      // A claim by the other's initiator vouches for the pair: one outlet's actor1 may be a
      // victim misread ("13 American troops were also killed"), a claim rarely is.
      return FORBIDDEN;
    }
    int score = 0;
    if (shares(a.perpetrators(), b.perpetrators())
        || (shares(a.initiators(), b.targets()) && shares(b.initiators(), a.targets()))) {
      score += 2;
    }
    if (shares(a.targets(), b.targets())) {
      score += 1;
    }
    return score;
  }

  private Map<String, Set<String>> lineages(Set<String> ids) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    for (String id : ids) {
      out.put(id, lineage(id));
    }
    return out;
  }

  private static Set<String> initiators(Report r) {
    Set<String> ids = new LinkedHashSet<>();
    addNamed(ids, r.actor1());
    return ids;
  }

  private static Set<String> perpetrators(Report r) {
    Set<String> ids = new LinkedHashSet<>();
    addNamed(ids, r.actor1());
    r.claimedBy().forEach(c -> addNamed(ids, c));
    return ids;
  }

  private static Set<String> targets(Report r) {
    Set<String> ids = new LinkedHashSet<>();
    addNamed(ids, r.actor2());
    return ids;
  }

  private static void addNamed(Set<String> ids, ActorRef ref) {
    if (ref != null && !generic(ref)) {
      ids.add(ref.id());
    }
  }

  /** Whether an actor reference names no one in particular. */
  static boolean generic(ActorRef ref) {
    String id = ref.id();
    // ACLED's generic actors (resolve's generic-actors.tsv) name a crowd or an unknown, not a
    // party.
    return id.startsWith("civilians")
        || id.startsWith("new:unidentified")
        || id.startsWith("unidentified-")
        || id.startsWith("protesters")
        || id.startsWith("rioters");
  }

  /** Whether an actor of one side is an actor of the other, or a branch or parent of one. */
  private static boolean shares(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    for (Map.Entry<String, Set<String>> x : a.entrySet()) {
      for (Map.Entry<String, Set<String>> y : b.entrySet()) {
        if (x.getValue().contains(y.getKey()) || y.getValue().contains(x.getKey())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one actor is the other or a branch or unit of it, at any depth. */
  boolean related(String a, String b) {
    return lineage(a).contains(b) || lineage(b).contains(a);
  }

  /** The actor and every actor it is a branch or unit of. */
  private Set<String> lineage(String id) {
    Set<String> seen = new HashSet<>();
    for (String at = id; at != null && seen.add(at); at = parents.get(at)) {
      // walk up; the set stops a cycle in bad data
    }
    return seen;
  }

  private static int fatalityScore(Report a, Report b) {
    if (a.fatalities() == null || b.fatalities() == null) {
      return 0;
    }
    int x = a.fatalities().value();
    int y = b.fatalities().value();
    return x > 0 && y > 0 && Math.max(x, y) <= 1.25 * Math.min(x, y) ? 1 : 0;
  }
}
