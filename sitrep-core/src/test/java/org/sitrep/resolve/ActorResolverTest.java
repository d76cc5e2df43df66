package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

class ActorResolverTest {
  private static final ActorResolver RESOLVER = ActorResolver.bundled();

  private static String idOf(String name) {
    return RESOLVER.resolve(name).map(Actor::id).orElse("nothing");
  }

  private static List<ActorMention> mentionsIn(String text) {
    return RESOLVER.mentions(text);
  }

  private static List<String> mentionedIds(String text) {
    return mentionsIn(text).stream().map(m -> m.actor().id()).toList();
  }

  private static ActorMention onlyMention(String text) {
    List<ActorMention> found = mentionsIn(text);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void theUnitedStatesAnswersToItsCommonNames() {
    for (String name :
        List.of("U.S.", "US", "USA", "United States of America", "America", "the United States")) {
      assertThat(idOf(name)).as(name).isEqualTo("state:US");
    }
  }

  @Test
  void demonymsWithForceNounsNameTheState() {
    assertThat(idOf("US forces")).isEqualTo("state:US");
    assertThat(idOf("U.S. forces")).isEqualTo("state:US");
    assertThat(idOf("American soldiers")).isEqualTo("state:US");
    assertThat(idOf("US military")).isEqualTo("state:US");
    assertThat(idOf("Iranian forces")).isEqualTo("state:IR");
    assertThat(idOf("Iranian military forces")).isEqualTo("state:IR");
    assertThat(idOf("Russian forces")).isEqualTo("state:RU");
    assertThat(idOf("Iraqi forces")).isEqualTo("state:IQ");
    assertThat(idOf("Syrian government forces")).isEqualTo("state:SY");
    assertThat(idOf("Military Forces of the United States")).isEqualTo("state:US");
    assertThat(idOf("Government of Iran")).isEqualTo("state:IR");
    assertThat(idOf("Tehran")).isEqualTo("state:IR");
  }

  @Test
  void hezbollahIsNeitherKataibHezbollahNorTheHezbollahBrigades() {
    assertThat(idOf("Hezbollah")).isEqualTo("hezbollah");
    assertThat(idOf("Lebanese Hezbollah")).isEqualTo("hezbollah");
    assertThat(idOf("Kataib Hezbollah")).isEqualTo("kataib-hezbollah");
    assertThat(idOf("Kata'ib Hezbollah")).isEqualTo("kataib-hezbollah");
    assertThat(idOf("Hezbollah Brigades")).isEqualTo("kataib-hezbollah");
    assertThat(idOf("KH")).isEqualTo("kataib-hezbollah");
    assertThat(mentionedIds("the Iraqi Hezbollah Brigades and Hezbollah in Lebanon"))
        .containsExactly("kataib-hezbollah", "hezbollah", "state:LB");
  }

  @Test
  void ansarAllahIsNotJundAnsarAllahEvenMisspelt() {
    assertThat(idOf("Ansar Allah")).isEqualTo("houthis");
    assertThat(idOf("Jund Ansar Allah")).isEqualTo("jund-ansar-allah");
    assertThat(idOf("Jund Ansarf Allah")).isEqualTo("jund-ansar-allah");
    assertThat(mentionedIds("Hamas fought Jund Ansarf Allah in Rafah."))
        .containsExactly("hamas", "jund-ansar-allah");
  }

  @Test
  void theIslamicResistanceInIraqIsNotTheIslamicRepublicOfIran() {
    assertThat(idOf("Islamic Resistance in Iraq")).isEqualTo("iri");
    assertThat(idOf("Islamic Republic of Iran")).isEqualTo("state:IR");
    assertThat(idOf("Islamic Resistance in Iran")).isEqualTo("nothing");
  }

  @Test
  void branchesOfTheIslamicStateAreNotTheIslamicState() {
    assertThat(idOf("Islamic State")).isEqualTo("isis");
    for (String name :
        List.of("ISKP", "ISIS-K", "ISIS–K", "IS-K", "IS K", "Islamic State Khorasan Province")) {
      assertThat(idOf(name)).as(name).isEqualTo("iskp");
    }
    assertThat(idOf("Islamic State in Somalia")).isEqualTo("iss");
    assertThat(idOf("ISWAP")).isEqualTo("iswap");
    assertThat(RESOLVER.resolve("ISKP").map(Actor::parent)).contains("isis");
  }

  @Test
  void alQaedaIsNotItsArabianBranch() {
    assertThat(idOf("al-Qaeda")).isEqualTo("al-qaeda");
    assertThat(idOf("Al Qaida")).isEqualTo("al-qaeda");
    assertThat(idOf("AQAP")).isEqualTo("aqap");
    assertThat(idOf("al-Qaeda in the Arabian Peninsula")).isEqualTo("aqap");
  }

  @Test
  void articlesDashesAndApostrophesAreFolded() {
    assertThat(idOf("Al Shabaab")).isEqualTo("al-shabaab");
    assertThat(idOf("al Shabaab")).isEqualTo("al-shabaab");
    assertThat(idOf("Shabaab")).isEqualTo("al-shabaab");
    assertThat(idOf("Kata’ib Sayyid al-Shuhada")).isEqualTo("kss");
    assertThat(idOf("Islamic State – Khorasan Province")).isEqualTo("iskp");
    assertThat(idOf("the Houthis")).isEqualTo("houthis");
  }

  @Test
  void accentedAndArabicScriptFormsMeet() {
    assertThat(idOf("Qāsem Soleimānī")).isEqualTo("person:qasem-soleimani");
    assertThat(idOf("HIZBOLLÁH")).isEqualTo("hezbollah");
    assertThat(idOf("حزب الله")).isEqualTo("hezbollah");
    assertThat(idOf("داعش")).isEqualTo("isis");
    assertThat(mentionedIds("أعلن حزب الله مسؤوليته")).containsExactly("hezbollah");
  }

  @Test
  void possessivesDoNotHideTheActor() {
    ActorMention isil = onlyMention("ISIL's leader was killed.");
    assertThat(isil.surface()).isEqualTo("ISIL");
    assertThat(isil.actor().id()).isEqualTo("isis");
    assertThat(mentionedIds("Iran’s Quds Force")).containsExactly("state:IR", "quds-force");
  }

  @Test
  void hyphenatedCompoundsAreModifiers() {
    ActorMention backed = onlyMention("Iran-backed militias fired rockets.");
    assertThat(backed.actor().id()).isEqualTo("state:IR");
    assertThat(backed.modifier()).isTrue();
    assertThat(onlyMention("the ISIL-held town of Hajin").modifier()).isTrue();
    assertThat(onlyMention("ISS-linked cells").actor().id()).isEqualTo("iss");
    ActorMention iranian = onlyMention("Iranian-backed groups");
    assertThat(iranian.actor().id()).isEqualTo("state:IR");
    assertThat(iranian.form()).isEqualTo(MentionForm.MODIFIER);
    assertThat(onlyMention("Hamas fighters attacked.").modifier()).isFalse();
  }

  @Test
  void theArabicArticleBelongsToTheMention() {
    ActorMention shabaab = onlyMention("Fighters of al-Shabaab attacked a base.");
    assertThat(shabaab.surface()).isEqualTo("al-Shabaab");
    assertThat(shabaab.span().begin()).isEqualTo(12);
    assertThat(shabaab.span().end()).isEqualTo(22);
  }

  @Test
  void demonymForcePhrasesInTextNameTheState() {
    ActorMention drone = onlyMention("A U.S. drone struck the convoy.");
    assertThat(drone.surface()).isEqualTo("U.S. drone");
    assertThat(drone.actor().id()).isEqualTo("state:US");
    assertThat(onlyMention("American soldiers were wounded.").actor().id()).isEqualTo("state:US");
    assertThat(onlyMention("attacks on Iranian military forces").surface())
        .isEqualTo("Iranian military forces");
  }

  @Test
  void pronounsAndCommonWordsAreNoMentions() {
    assertThat(mentionsIn("Tell us what this is; it is useful to us.")).isEmpty();
    assertThat(mentionsIn("This is what it is, and this thistle is ours.")).isEmpty();
    assertThat(mentionsIn("THIS IS WHAT US VOTERS WANT")).isEmpty();
    assertThat(mentionedIds("IS claimed the attack, the US said."))
        .containsExactly("isis", "state:US");
  }

  @Test
  void longestNamesWin() {
    ActorMention k = onlyMention("ISIS Khorasan claimed it.");
    assertThat(k.actor().id()).isEqualTo("iskp");
    assertThat(onlyMention("the Islamic State group said").surface())
        .isEqualTo("Islamic State group");
    assertThat(onlyMention("AQAP fought on").actor().id()).isEqualTo("aqap");
  }

  @Test
  void acronymsTheTextDefinesAreLearnedForThatText() {
    String text =
        "the Lebanese Armed Forces (LAF) attacked. Later the LAF withdrew. The Free Ahwaz"
            + " Liberation Front (FALF) said that FALF fighters were killed.";
    List<ActorMention> found = mentionsIn(text);
    assertThat(found)
        .filteredOn(m -> m.surface().equals("LAF"))
        .extracting(m -> m.actor().id())
        .containsExactly("state:LB", "state:LB");
    assertThat(found)
        .filteredOn(m -> m.surface().equals("FALF"))
        .extracting(m -> m.actor().id())
        .containsOnly("new:free-ahwaz-liberation-front")
        .hasSize(2);
    assertThat(mentionsIn("the LAF withdrew, FALF fighters fled")).isEmpty();
  }

  @Test
  void definedAcronymsOverrideTheRegistryOnlyInTheirText() {
    assertThat(mentionedIds("the Somali National Army (SNA) and the SNA"))
        .containsExactly("state:SO", "state:SO", "state:SO");
    assertThat(mentionedIds("the SNA advanced")).containsExactly("sna");
  }

  @Test
  void unknownArmedGroupsBecomeNewActors() {
    List<ActorMention> found =
        mentionsIn(
            "Fighters of the Imam Hussein Brigades and of Jaish al-Umma clashed on the road to"
                + " the village.");
    assertThat(found)
        .extracting(m -> m.actor().id())
        .containsExactly("new:imam-hussein-brigades", "new:jaish-umma");
    Actor brigades = found.get(0).actor();
    assertThat(brigades.name()).isEqualTo("Imam Hussein Brigades");
    assertThat(brigades.kind()).isEqualTo(ActorKind.POLITICAL_MILITIA);
    assertThat(mentionsIn("The Popular Front and the Special Forces met.")).isEmpty();
  }

  @Test
  void peopleNamedInFullAreKnownBySurnameLater() {
    assertThat(mentionedIds("Abdul Latif Moussa founded it. Moussa was killed."))
        .containsExactly("person:abdul-latif-moussa", "person:abdul-latif-moussa");
    assertThat(mentionedIds("Moussa was killed.")).isEmpty();
  }

  @Test
  void capitalsStandForTheirStatesOnlyWhenTheyAct() {
    ActorMention tehran = onlyMention("the Axis of Resistance led by Tehran.".substring(22));
    assertThat(tehran.form()).isEqualTo(MentionForm.METONYM);
    assertThat(mentionsIn("a bombing in Baghdad")).isEmpty();
    assertThat(mentionsIn("the Washington Institute for Near East Policy")).isEmpty();
  }

  @Test
  void phrasesThatOnlyContainANameAreNoMentions() {
    assertThat(mentionsIn("prices in Latin America and around Lake Chad")).isEmpty();
  }

  @Test
  void civiliansAreTheAcledCiviliansActorOfTheirCountry() {
    Actor civilians = RESOLVER.civilians("IR");
    assertThat(civilians.id()).isEqualTo("civilians:IR");
    assertThat(civilians.name()).isEqualTo("Civilians (Iran)");
    assertThat(civilians.kind()).isEqualTo(ActorKind.CIVILIANS);
    assertThat(civilians.country()).isEqualTo("IR");
    assertThat(RESOLVER.civilians("SE").name()).isEqualTo("Civilians (Sweden)");
    assertThatThrownBy(() -> RESOLVER.civilians("XX")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertThat(RESOLVER.resolve("the weather")).isEqualTo(Optional.empty());
    assertThat(RESOLVER.resolve("")).isEmpty();
    assertThat(RESOLVER.resolve("Latin America")).isEmpty();
  }
}
