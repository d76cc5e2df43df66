package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Relation;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnnotatedDocument;
import org.sitrep.nlp.Sentence;
import org.sitrep.resolve.ActorResolver;

class RelationExtractorTest {
  private static final ActorResolver RESOLVER = ActorResolver.bundled();
  private static final RelationExtractor EXTRACTOR = RelationExtractor.standard();

  /** The relations of a text whose sentences are its lines, as "subject type object". */
  static List<String> relationsIn(String... sentences) {
    return relations(sentences).stream()
        .map(r -> r.subject().id() + " " + r.type().code() + " " + r.object().id())
        .toList();
  }

  static List<Relation> relations(String... sentences) {
    String text = String.join(" ", sentences);
    List<Sentence> split = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      Span span = new Span(at, at + sentences[i].length());
      split.add(new Sentence(i, 0, span, sentences[i], List.of(), List.of(), false));
      at = span.end() + 1;
    }
    List<ActorMention> mentions =
        org.sitrep.pipeline.ExtractionPipeline.finder(RESOLVER).find(text);
    return EXTRACTOR.extract("doc-1", new AnnotatedDocument(text, null, split), mentions);
  }

  @Test
  void aLeaderBeforeHisNameLeadsTheGroupNamedBeforeIt() {
    assertThat(relationsIn("Houthi leader Abdul Malik al-Houthi vowed to continue the attacks."))
        .containsExactly("person:abdul-malik-al-houthi leader_of houthis");
    assertThat(relationsIn("Hamas's leader, Yahya Sinwar, was killed in Rafah."))
        .containsExactly("person:yahya-sinwar leader_of hamas");
    assertThat(relationsIn("Ayman al-Zawahiri, the leader of al-Qaeda, was killed in Kabul."))
        .containsExactly("person:ayman-al-zawahiri leader_of al-qaeda");
  }

  @Test
  void aGroupLedOrFoundedBySomeoneHasHimAsLeader() {
    assertThat(relationsIn("Al-Qaeda, which was founded by Osama bin Laden, claimed the attack."))
        .containsExactly("person:osama-bin-laden leader_of al-qaeda");
    assertThat(relationsIn("The Iran-led Axis of Resistance held a summit."))
        .containsExactly("state:IR leader_of axis-of-resistance");
  }

  @Test
  void onlyAPersonLeadsAGroupButAStateMayLeadAnAlliance() {
    assertThat(relationsIn("Iran leader Hezbollah said nothing.")).isEmpty();
    assertThat(relationsIn("The Axis of Resistance, led by Iran, grew stronger."))
        .containsExactly("state:IR leader_of axis-of-resistance");
  }

  @Test
  void branchesUnitsAndMembersArePartOfTheirGroup() {
    assertThat(
            relationsIn("The Somali branch of the Islamic State, known as ISS, attacked Bosaso."))
        .containsExactly("iss part_of isis");
    assertThat(relationsIn("AQAP, the Yemeni affiliate of al-Qaeda, claimed the raid."))
        .containsExactly("aqap part_of al-qaeda");
    assertThat(relationsIn("Hamas' Qassam Brigades fired rockets."))
        .containsExactly("qassam-brigades part_of hamas");
    assertThat(relationsIn("Kataib Hezbollah, under the Popular Mobilization Forces, denied it."))
        .containsExactly("kataib-hezbollah part_of pmf");
  }

  @Test
  void everyMemberOfAnEnumerationIsPartOfTheAllianceThatIncludesThem() {
    assertThat(
            relationsIn(
                "The Axis of Resistance, which includes groups such as Hamas, Islamic Jihad and"
                    + " the Houthis, vowed revenge."))
        .containsExactly(
            "hamas part_of axis-of-resistance",
            "pij part_of axis-of-resistance",
            "houthis part_of axis-of-resistance");
  }

  @Test
  void aStatesPossessiveSaysWhereNotWhose() {
    assertThat(relationsIn("Lebanon's Hezbollah fired rockets at Israel.")).isEmpty();
    assertThat(relationsIn("Iran's Quds Force trained the fighters.")).isEmpty();
  }

  @Test
  void backedByFromCompoundsAndPassives() {
    assertThat(relationsIn("The Iran-backed Houthis fired a missile at a ship."))
        .containsExactly("houthis backed_by state:IR");
    assertThat(relationsIn("Hezbollah, which is funded by Iran, denied involvement."))
        .containsExactly("hezbollah backed_by state:IR");
    assertThat(relationsIn("Russia backs the Assad regime, analysts said."))
        .containsExactly("state:SY backed_by state:RU");
  }

  @Test
  void alliesCooperateOrShareTies() {
    assertThat(relationsIn("Hamas and Islamic Jihad cooperate closely in Gaza."))
        .containsExactly("hamas allied_with pij");
    assertThat(relationsIn("Al-Shabaab maintains close ties with al-Qaeda."))
        .containsExactly("al-qaeda allied_with al-shabaab");
  }

  @Test
  void adversariesOpposeOrFightEachOther() {
    assertThat(relationsIn("The Taliban are locked in a bitter war with ISKP."))
        .containsExactly("iskp adversary_of taliban");
    assertThat(relationsIn("Tensions between Hamas and Fatah rose after the vote."))
        .containsExactly("fatah adversary_of hamas");
    assertThat(relationsIn("Turkey launched a military operation against the PKK in 2019."))
        .containsExactly("pkk adversary_of state:TR");
    assertThat(relationsIn("Al-Shabaab is an enemy of the Islamic State in Somalia."))
        .containsExactly("al-shabaab adversary_of iss");
  }

  @Test
  void anAttackNearAnotherGroupsBaseRelatesNoOne() {
    assertThat(relationsIn("Al-Shabaab attacked AMISOM troops near the Islamic State's base."))
        .isEmpty();
    assertThat(relationsIn("ISKP killed ten Taliban fighters in Kunar.")).isEmpty();
  }

  @Test
  void hezbollahIsNotKataibHezbollah() {
    assertThat(
            relationsIn(
                "The Iraqi Hezbollah Brigades, under the Islamic Resistance in Iraq, claimed it."))
        .containsExactly("kataib-hezbollah part_of iri");
  }

  @Test
  void placesInAnEnumerationAreNotMembers() {
    assertThat(
            relationsIn(
                "The Axis of Resistance includes Hezbollah in Lebanon and the Houthis in Yemen."))
        .isEmpty();
    assertThat(
            relationsIn(
                "The Axis of Resistance, which includes Hezbollah in Lebanon and the Houthis in"
                    + " Yemen, answered."))
        .containsExactly(
            "hezbollah part_of axis-of-resistance", "houthis part_of axis-of-resistance");
  }

  @Test
  void aRelationStatedTwiceInADocumentIsReadOnceWithItsFirstSentence() {
    List<Relation> found =
        relations(
            "Hezbollah leader Hassan Nasrallah spoke on Sunday.",
            "Hezbollah leader Hassan Nasrallah spoke again on Monday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).evidence())
        .isEqualTo("Hezbollah leader Hassan Nasrallah spoke on Sunday.");
    assertThat(found.get(0).span()).isEqualTo(new Span(0, 50));
    assertThat(found.get(0).documentId()).isEqualTo("doc-1");
    assertThat(found.get(0).prior()).isFalse();
  }

  @Test
  void aRelationNeedsItsTwoActorsInOneSentence() {
    assertThat(relationsIn("Hassan Nasrallah spoke.", "Hezbollah leader said more.")).isEmpty();
  }

  @Test
  void anAppositionIsNoEnumeration() {
    assertThat(relationsIn("Al-Shabaab, al-Qaeda's affiliate in Somalia, killed 20 soldiers."))
        .containsExactly("al-shabaab part_of al-qaeda");
    assertThat(relationsIn("The Quds Force, the IRGC's foreign arm, is led by Esmail Qaani."))
        .containsExactlyInAnyOrder(
            "quds-force part_of irgc", "person:esmail-qaani leader_of quds-force");
  }

  @Test
  void aGroupIsPartOfOrLedByTheMemberOfAnEnumerationNextToTheCueOnly() {
    assertThat(
            relationsIn(
                "Hezbollah leader Hassan Nasrallah and Hamas leader Ismail Haniyeh met in Beirut."))
        .containsExactly(
            "person:hassan-nasrallah leader_of hezbollah", "person:ismail-haniyeh leader_of hamas");
    assertThat(
            relationsIn(
                "JNIM, the Sahel branch of al-Qaeda, and the Islamic State in the Greater Sahara"
                    + " are rivals."))
        .containsExactly("jnim part_of al-qaeda");
  }

  @Test
  void aPersonAndAGroupAreNoEnumeration() {
    assertThat(
            relationsIn(
                "Israeli forces killed Hamas commander Mohammed Deif and Hezbollah leader Hassan"
                    + " Nasrallah."))
        .containsExactly(
            "person:mohammed-deif part_of hamas", "person:hassan-nasrallah leader_of hezbollah");
  }

  @Test
  void everyBackerOfAnEnumerationBacks() {
    assertThat(relationsIn("Russia and Iran support the Assad regime."))
        .containsExactly("state:SY backed_by state:RU", "state:SY backed_by state:IR");
  }

  @Test
  void aNegatedOrFormerRelationIsNoRelation() {
    assertThat(relationsIn("Hezbollah is not part of the Axis of Resistance, the minister said."))
        .isEmpty();
    assertThat(relationsIn("Hay'at Tahrir al-Sham, formerly al-Qaeda's Syrian affiliate, rules."))
        .isEmpty();
    assertThat(relationsIn("Iran denied backing the Houthis.")).isEmpty();
    assertThat(relationsIn("The Taliban have denied links with al-Qaeda.")).isEmpty();
  }

  @Test
  void anUmbrellaOfBackedGroupsIsBackedLikeThem() {
    assertThat(
            relationsIn(
                "The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, claimed it."))
        .containsExactly("iri backed_by state:IR");
  }

  @Test
  void anAppositionMayStateEnmity() {
    assertThat(relationsIn("ISIS-K, an enemy of both the Taliban and the United States, struck."))
        .containsExactly("iskp adversary_of taliban", "iskp adversary_of state:US");
    assertThat(relationsIn("Jaish al-Adl, a Sunni militant group opposed to Iran, claimed it."))
        .containsExactly("jaish-al-adl adversary_of state:IR");
  }

  @Test
  void aCompoundBacksOnlyTheNameItQualifies() {
    assertThat(relationsIn("The Iranian-backed Houthis and the US clashed in the Red Sea."))
        .containsExactly("houthis backed_by state:IR");
  }

  @Test
  void supportReceivedFromABackerOrAllegiancePledgedToAGroup() {
    assertThat(relationsIn("Hezbollah receives weapons and funding from Iran."))
        .containsExactly("hezbollah backed_by state:IR");
    assertThat(relationsIn("ISWAP pledged allegiance to the Islamic State in 2015."))
        .containsExactly("iswap part_of isis");
    assertThat(relationsIn("Kataib Hezbollah joined the Islamic Resistance in Iraq in 2023."))
        .containsExactly("kataib-hezbollah part_of iri");
    assertThat(relationsIn("Hamas joined Hezbollah in condemning the strike.")).isEmpty();
  }
}
