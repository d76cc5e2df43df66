package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EvalResult.EventDetail;
import org.sitrep.eval.EvalResult.Field;
import org.sitrep.eval.EvalResult.FieldScore;
import org.sitrep.eval.EvalResult.Issue;
import org.sitrep.eval.EvalResult.Mismatch;
import org.sitrep.eval.EvalResult.ReportIssue;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoredDocument;

class ScorerTest {
  /** Sentences: the attack, the shelling, a restatement, talks, a plan, a teaser. */
  private static final String TEXT =
      "On 3 May 2020, rebels attacked Foo, killing 5 people. "
          + "Two days later the army shelled\nBar in retaliation. "
          + "The rebels\u2019 attack on Foo was condemned. "
          + "Officials said talks may continue. "
          + "The army planned a raid on Baz that never happened. "
          + "Read more: markets rally in Qux.";

  private static final String KEY =
      """
      {
        "documents": ["doc.txt"],
        "events": [
          {"id": "doc-01", "doc": "doc.txt", "core": true,
           "evidence": "rebels attacked Foo, killing 5 people",
           "also_evidence": ["The rebels' attack on Foo was condemned."],
           "date": "2020-05-03",
           "event_type": ["Violence against civilians", "Battles"],
           "sub_event_type": ["Attack", "Armed clash"],
           "actor1": ["Rebel Army", "rebels"], "actor2": ["Civilians"],
           "location": {"names": ["Foo"], "country": "Freedonia"},
           "fatalities": 5, "fatalities_qualifier": "exact",
           "claimed_by": [["Rebel Army"]]},
          {"id": "doc-02", "doc": "doc.txt", "core": true,
           "evidence": "the army shelled Bar in retaliation",
           "date": "2020-05-05",
           "event_type": ["Explosions/Remote violence"],
           "sub_event_type": ["Shelling/artillery/missile attack"],
           "actor1": ["Freedonian Army"],
           "location": {"names": ["Bar"], "country": ["Freedonia", "Sylvania"]},
           "retaliation_for": "doc-01"},
          {"id": "doc-03", "doc": "doc.txt", "core": false,
           "evidence": "talks may continue", "date": null,
           "event_type": ["Strategic developments"], "sub_event_type": ["Agreement"]}
        ],
        "no_event": [
          {"doc": "doc.txt", "evidence": "The army planned a raid on Baz that never happened."}
        ],
        "actors": [
          {"canonical": "Rebel Army", "type": "armed group", "forms": ["Rebel Army", "the rebels"]},
          {"canonical": "Freedonian Army", "type": "state military",
           "forms": ["Freedonian Army", "the army"]}
        ],
        "relations": [
          {"subject": ["Rebel Army"], "relation": "adversary_of", "object": ["Freedonian Army"],
           "doc": "doc.txt", "evidence": "rebels attacked", "core": true}
        ],
        "cleaning": [
          {"doc": "doc.txt", "title": "Clashes in Foo", "drop": ["Read more:"],
           "keep": ["rebels attacked Foo"]}
        ]
      }
      """;

  private static final StoredDocument DOCUMENT =
      new StoredDocument(
          "doc-1",
          "doc.txt",
          "/corpus/doc.txt",
          1,
          "hash",
          "PLAIN_TEXT",
          "UTF-8",
          new DocumentMetadata(null, "Clashes in  Foo", null, null),
          "en",
          TEXT,
          "2026-01-01T00:00:00Z");

  private static final ActorRef REBELS = new ActorRef("rebels", "Rebel Army");
  private static final ActorRef ARMY = new ActorRef("army", "Army");
  private static final ActorRef CIVILIANS = new ActorRef("civ", "Civilians");

  private static final List<Actor> ACTORS =
      List.of(
          new Actor(
              "army",
              "Army",
              ActorKind.STATE_FORCES,
              null,
              List.of("Freedonian Army", "the army"),
              null),
          new Actor("civ", "Civilians", ActorKind.CIVILIANS, null, List.of(), null),
          new Actor(
              "rebels", "Rebel Army", ActorKind.REBEL_GROUP, null, List.of("the rebels"), null));

  private final AnswerKey key = AnswerKey.parse(KEY);

  /** A report drawn from the sentence of TEXT that contains {@code quote}. */
  private static final class R {
    String id;
    String quote;
    SubEventType sub = SubEventType.ATTACK;
    String date;
    ActorRef actor1;
    ActorRef actor2;
    Location location;
    Integer fatalities;
    List<ActorRef> claimedBy = List.of();
    Modality modality = Modality.ASSERTED;
    String retaliationFor;

    R(String id, String quote) {
      this.id = id;
      this.quote = quote;
    }

    Report build() {
      int at = TEXT.indexOf(quote);
      assertThat(at).as(quote).isNotNegative();
      int dot = TEXT.lastIndexOf(". ", at);
      int begin = dot < 0 ? 0 : dot + 2;
      int end = TEXT.indexOf('.', at + quote.length() - 1) + 1;
      return new Report(
          id,
          "doc-1",
          TEXT.substring(begin, end),
          new Span(begin, end),
          date == null ? EventDate.UNKNOWN : new EventDate(date, null, DatePrecision.DAY, null),
          sub,
          actor1,
          actor2,
          List.of(),
          location,
          fatalities == null ? null : new Count(fatalities, Count.Qualifier.EXACT),
          null,
          claimedBy,
          modality,
          retaliationFor,
          0.9);
    }
  }

  private static R attack() {
    R r = new R("doc-1-1", "rebels attacked Foo");
    r.date = "2020-05-03";
    r.actor1 = REBELS;
    r.actor2 = CIVILIANS;
    r.location = Location.named("Foo", "Freedonia");
    r.fatalities = 5;
    r.claimedBy = List.of(REBELS);
    return r;
  }

  private static R shelling() {
    R r = new R("doc-1-2", "the army shelled");
    r.sub = SubEventType.SHELLING_ARTILLERY_MISSILE;
    r.date = "2020-05-05";
    r.actor1 = ARMY;
    r.location = Location.named("Bar", "Sylvania");
    r.retaliationFor = "doc-1-1";
    return r;
  }

  private static final Relation ADVERSARIES =
      new Relation(
          "rel-1",
          REBELS,
          RelationType.ADVERSARY_OF,
          new ActorRef("army", "Army"),
          "doc-1",
          "x",
          new Span(0, 1),
          false);

  private EvalResult score(R... reports) {
    List<Report> built = new ArrayList<>();
    for (R r : reports) {
      built.add(r.build());
    }
    return new Scorer().score(key, List.of(DOCUMENT), built, ACTORS, List.of(ADVERSARIES));
  }

  private static EventDetail detail(EvalResult result, String goldId) {
    return result.events().stream()
        .filter(e -> e.goldId().equals(goldId))
        .findFirst()
        .orElseThrow();
  }

  private static FieldScore field(EvalResult result, Field field) {
    return result.fields().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
  }

  @Test
  void scoresAPerfectExtractionAsPerfect() {
    EvalResult result = score(attack(), shelling());
    assertThat(result.detection()).isEqualTo(EvalResult.Detection.of(2, 2, 0, 0, 0));
    assertThat(result.detection().f1()).isEqualTo(1.0);
    assertThat(detail(result, "doc-01").reportId()).isEqualTo("doc-1-1");
    assertThat(detail(result, "doc-02").reportId()).isEqualTo("doc-1-2");
    assertThat(result.events()).allSatisfy(e -> assertThat(e.mismatches()).isEmpty());
    assertThat(result.events()).allSatisfy(e -> assertThat(e.located()).isTrue());
    for (FieldScore f : result.fields()) {
      assertThat(f.correct()).as(f.field().code()).isEqualTo(f.scored());
    }
    // Scored only where the key says something: no actor2 for the shelling, claims and
    // retaliation only where one side has them.
    assertThat(field(result, Field.ACTOR1).scored()).isEqualTo(2);
    assertThat(field(result, Field.ACTOR2).scored()).isEqualTo(1);
    assertThat(field(result, Field.CLAIMS).scored()).isEqualTo(1);
    assertThat(field(result, Field.RETALIATION).scored()).isEqualTo(1);
    assertThat(result.reportIssues()).isEmpty();
    assertThat(result.problems()).isEmpty();
    assertThat(result.clusters().resolved()).isEqualTo(2);
    assertThat(result.clusters().merges()).isEmpty();
    assertThat(result.relations().coreFound()).isEqualTo(1);
  }

  @Test
  void countsAMissedCoreEventAgainstRecallOnly() {
    EvalResult result = score(attack());
    assertThat(result.detection().truePositives()).isEqualTo(1);
    assertThat(result.detection().missed()).isEqualTo(1);
    assertThat(result.detection().recall()).isEqualTo(0.5);
    assertThat(result.detection().precision()).isEqualTo(1.0);
    assertThat(detail(result, "doc-02").reportId()).isNull();
  }

  @Test
  void countsAReportThatMatchesNothingAsAFalsePositive() {
    R teaser = new R("doc-1-9", "markets rally");
    EvalResult result = score(attack(), shelling(), teaser);
    assertThat(result.detection().falsePositives()).isEqualTo(1);
    assertThat(result.detection().precision()).isEqualTo(2.0 / 3);
    assertThat(result.reportIssues())
        .containsExactly(
            new ReportIssue(
                "doc-1-9",
                "doc.txt",
                Issue.FALSE_POSITIVE,
                null,
                "Read more: markets rally in Qux."));
  }

  @Test
  void countsASecondReportOfAnEventAsADuplicateRatherThanAFalsePositive() {
    // Sorted first, but it only overlaps the restatement: the main evidence's report wins.
    R restated = attack();
    restated.id = "doc-1-0";
    restated.quote = "attack on Foo was condemned";
    EvalResult result = score(restated, attack(), shelling());
    assertThat(result.detection().duplicates()).isEqualTo(1);
    assertThat(result.detection().falsePositives()).isZero();
    assertThat(result.detection().precision()).isEqualTo(1.0);
    assertThat(detail(result, "doc-01").reportId()).isEqualTo("doc-1-1");
    assertThat(detail(result, "doc-01").duplicates()).containsExactly("doc-1-0");
    assertThat(result.reportIssues())
        .extracting(ReportIssue::issue, ReportIssue::goldId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Issue.DUPLICATE, "doc-01"));
  }

  @Test
  void matchesAnEventByItsRestatementAlone() {
    R restated = attack();
    restated.quote = "attack on Foo was condemned";
    EvalResult result = score(restated);
    assertThat(detail(result, "doc-01").reportId()).isEqualTo("doc-1-1");
  }

  @Test
  void flagsAReportDrawnFromANoEventSentence() {
    R plan = new R("doc-1-7", "planned a raid");
    EvalResult result = score(attack(), shelling(), plan);
    assertThat(result.detection().noEventReports()).isEqualTo(1);
    assertThat(result.detection().falsePositives()).isEqualTo(1);
    assertThat(result.reportIssues())
        .extracting(ReportIssue::issue)
        .containsExactly(Issue.FALSE_POSITIVE, Issue.NO_EVENT);
  }

  @Test
  void countsAReportOfANonCoreEventNeitherWay() {
    R talks = new R("doc-1-5", "talks may continue");
    talks.sub = SubEventType.AGREEMENT;
    EvalResult result = score(attack(), shelling(), talks);
    assertThat(result.detection()).isEqualTo(EvalResult.Detection.of(2, 2, 0, 0, 0));
    assertThat(detail(result, "doc-03").reportId()).isEqualTo("doc-1-5");
    assertThat(detail(result, "doc-03").mismatches()).isEmpty();
  }

  @Test
  void listsTheFieldsAMatchedReportHasWrongWithExpectedAndActualValues() {
    R wrong = attack();
    wrong.date = "2020-05";
    wrong.actor1 = new ActorRef("someone", "Someone");
    wrong.fatalities = 4;
    wrong.claimedBy = List.of();
    wrong.modality = Modality.ALLEGED;
    wrong.location = Location.named("Fooville", "Freedonia");
    EvalResult result = score(wrong, shelling());
    assertThat(detail(result, "doc-01").mismatches())
        .extracting(Mismatch::field)
        .containsExactly(
            Field.DATE, Field.ACTOR1, Field.PLACE, Field.FATALITIES, Field.CLAIMS, Field.MODALITY);
    assertThat(detail(result, "doc-01").mismatches().get(0))
        .isEqualTo(new Mismatch(Field.DATE, "2020-05-03", "2020-05"));
    assertThat(field(result, Field.DATE)).isEqualTo(FieldScore.of(Field.DATE, 1, 2));
    assertThat(field(result, Field.COUNTRY)).isEqualTo(FieldScore.of(Field.COUNTRY, 2, 2));
    assertThat(field(result, Field.EVENT_TYPE).accuracy()).isEqualTo(1.0);
  }

  @Test
  void wantsAnUndatedReportForAnUndatedEventAndScoresNoPlaceTheKeyDoesNotGive() {
    R talks = new R("doc-1-5", "talks may continue");
    talks.sub = SubEventType.AGREEMENT;
    talks.date = "2020";
    EvalResult result = score(talks);
    assertThat(detail(result, "doc-03").mismatches())
        .containsExactly(new Mismatch(Field.DATE, "undated", "2020"));
    assertThat(field(result, Field.COUNTRY).scored()).isZero();
    assertThat(field(result, Field.ACTOR1).correct()).isEqualTo(1);
  }

  @Test
  void wantsRetaliationToPointAtTheReportOfTheAnsweredEvent() {
    R shelling = shelling();
    shelling.retaliationFor = "doc-1-8";
    EvalResult result = score(attack(), shelling);
    assertThat(detail(result, "doc-02").mismatches())
        .extracting(Mismatch::field)
        .containsExactly(Field.RETALIATION);
  }

  @Test
  void pairsReportsWithTheEventsTheyAgreeWithWhenASentenceHasTwo() {
    AnswerKey twoInOne =
        AnswerKey.parse(
            """
            {"documents": ["d.txt"], "events": [
              {"id": "d-01", "doc": "d.txt", "evidence": "Rebels attacked Foo",
               "date": "2020", "event_type": ["Violence against civilians"],
               "sub_event_type": ["Attack"], "location": {"names": ["Foo"], "country": "F"}},
              {"id": "d-02", "doc": "d.txt", "evidence": "the army shelled Bar",
               "date": "2020", "event_type": ["Explosions/Remote violence"],
               "sub_event_type": ["Shelling/artillery/missile attack"],
               "location": {"names": ["Bar"], "country": "F"}}]}
            """);
    String text = "Rebels attacked Foo and the army shelled Bar.";
    StoredDocument d =
        new StoredDocument(
            "d",
            "d.txt",
            "/d.txt",
            1,
            "h",
            "PLAIN_TEXT",
            "UTF-8",
            new DocumentMetadata(null, null, null, null),
            "en",
            text,
            "now");
    Report shellingFirst = report("d-1", text, SubEventType.SHELLING_ARTILLERY_MISSILE, "Bar");
    Report attackSecond = report("d-2", text, SubEventType.ATTACK, "Foo");
    EvalResult result =
        new Scorer()
            .score(
                twoInOne, List.of(d), List.of(shellingFirst, attackSecond), List.of(), List.of());
    assertThat(detail(result, "d-01").reportId()).isEqualTo("d-2");
    assertThat(detail(result, "d-02").reportId()).isEqualTo("d-1");
    assertThat(result.detection().duplicates()).isZero();
  }

  private static Report report(String id, String text, SubEventType sub, String place) {
    return new Report(
        id,
        "d",
        text,
        new Span(0, text.length()),
        new EventDate("2020", null, DatePrecision.YEAR, null),
        sub,
        null,
        null,
        List.of(),
        Location.named(place, "F"),
        null,
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.5);
  }

  @Test
  void reportsTwoClustersResolvedToOneActorAsWronglyMerged() {
    List<Actor> merged =
        List.of(
            new Actor(
                "x",
                "Rebel Army",
                ActorKind.REBEL_GROUP,
                null,
                List.of("the rebels", "Freedonian Army", "The Army"),
                null));
    EvalResult result = new Scorer().score(key, List.of(DOCUMENT), List.of(), merged, List.of());
    assertThat(result.clusters().merges())
        .singleElement()
        .isEqualTo(new EvalResult.Merge("Rebel Army", "Freedonian Army", List.of("x")));
  }

  @Test
  void reportsAClusterSplitOverTwoActorsOrWithAFormNotFoundAsUnresolved() {
    List<Actor> split =
        List.of(
            new Actor("a", "Rebel Army", ActorKind.REBEL_GROUP, null, List.of(), null),
            new Actor("b", "Rebels", ActorKind.REBEL_GROUP, null, List.of("The Rebels"), null),
            new Actor("c", "Freedonian army", ActorKind.STATE_FORCES, null, List.of(), null));
    EvalResult result = new Scorer().score(key, List.of(DOCUMENT), List.of(), split, List.of());
    assertThat(result.clusters().resolved()).isZero();
    assertThat(result.clusters().merges()).isEmpty();
    assertThat(result.clusters().details().get(0).forms())
        .containsExactly(
            new EvalResult.FormResolution("Rebel Army", List.of("a")),
            new EvalResult.FormResolution("the rebels", List.of("b")));
    assertThat(result.clusters().details().get(1).forms().get(1).actorIds()).isEmpty();
  }

  @Test
  void findsARelationByTheNamesAndAliasesOfItsActors() {
    EvalResult result = score();
    assertThat(result.relations().found()).isEqualTo(1);
    assertThat(result.relations().missing()).isEmpty();
    EvalResult without = new Scorer().score(key, List.of(DOCUMENT), List.of(), ACTORS, List.of());
    assertThat(without.relations().missing())
        .containsExactly("Rebel Army adversary_of Freedonian Army");
  }

  @Test
  void countsOnlyRelationsReadFromTextNeverPriorKnowledge() {
    Relation prior =
        new Relation(
            "prior-1",
            REBELS,
            RelationType.ADVERSARY_OF,
            new ActorRef("army", "Army"),
            null,
            null,
            null,
            true);
    EvalResult result =
        new Scorer().score(key, List.of(DOCUMENT), List.of(), ACTORS, List.of(prior));
    assertThat(result.relations().found()).isZero();
    assertThat(result.relations().unmatchedStored()).isZero();
  }

  @Test
  void matchesASymmetricRelationEitherWayRound() {
    Relation reversed =
        new Relation(
            "rel-2",
            new ActorRef("army", "Army"),
            RelationType.ADVERSARY_OF,
            REBELS,
            "doc-1",
            "x",
            new Span(0, 1),
            false);
    EvalResult result =
        new Scorer().score(key, List.of(DOCUMENT), List.of(), ACTORS, List.of(reversed));
    assertThat(result.relations().coreFound()).isEqualTo(1);
    assertThat(result.relations().wrongActors()).isEmpty();
  }

  @Test
  void aRelationOfTheWrongTypeIsUnmatchedButBetweenTheRightActors() {
    Relation allies =
        new Relation(
            "rel-3",
            REBELS,
            RelationType.ALLIED_WITH,
            new ActorRef("army", "Army"),
            "doc-1",
            "x",
            new Span(0, 1),
            false);
    EvalResult result =
        new Scorer().score(key, List.of(DOCUMENT), List.of(), ACTORS, List.of(allies));
    assertThat(result.relations().coreFound()).isZero();
    assertThat(result.relations().unmatchedStored()).isEqualTo(1);
    assertThat(result.relations().wrongActors()).isEmpty();
  }

  @Test
  void aRelationOfAnActorWithItselfIsBetweenWrongActors() {
    Relation self =
        new Relation(
            "rel-4", REBELS, RelationType.PART_OF, REBELS, "doc-1", "x", new Span(0, 1), false);
    EvalResult result =
        new Scorer().score(key, List.of(DOCUMENT), List.of(), ACTORS, List.of(self));
    assertThat(result.relations().wrongActors()).hasSize(1);
  }

  @Test
  void checksTitleAuthorAndTheTextToDropAndKeep() {
    EvalResult result = score();
    assertThat(result.cleaning().checks()).isEqualTo(4);
    assertThat(result.cleaning().failures())
        .containsExactly("doc.txt: keeps furniture \"Read more:\"");
  }

  @Test
  void missesTheEventsOfADocumentTheStoreDoesNotHave() {
    EvalResult result = new Scorer().score(key, List.of(), List.of(), List.of(), List.of());
    assertThat(result.detection().truePositives()).isZero();
    assertThat(result.detection().coreEvents()).isEqualTo(2);
    assertThat(result.problems()).containsExactly("document doc.txt is not in the store");
    assertThat(result.events()).allSatisfy(e -> assertThat(e.located()).isFalse());
  }

  @Test
  void writesTheFiguresAndWithVerboseTheMismatches() {
    R wrong = attack();
    wrong.date = "2021";
    EvalResult result = score(wrong);
    String brief = EvalText.format(result, false);
    assertThat(brief)
        .contains("precision 1.000  recall 0.500")
        .contains("1 of 2 core events found");
    assertThat(brief).doesNotContain("expected");
    String verbose = EvalText.format(result, true);
    assertThat(verbose).contains("doc-02").contains("missed");
    assertThat(verbose).containsPattern("date +expected 2020-05-03, got 2021");
  }
}
