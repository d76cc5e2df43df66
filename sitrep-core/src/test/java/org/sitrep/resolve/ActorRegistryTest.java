package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.RelationType;

class ActorRegistryTest {
  private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(REGISTRY);
  private static final Tokenizer TOKENIZER = new Tokenizer(new NameFolder());
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());

  @Test
  void holdsSeveralHundredActors() {
    assertThat(REGISTRY.actors()).hasSizeGreaterThan(300);
  }

  @Test
  void everyIdIsUnique() {
    assertThat(REGISTRY.actors()).extracting(Actor::id).doesNotHaveDuplicates();
  }

  @Test
  void everyParentExists() {
    for (Actor a : REGISTRY.actors()) {
      if (a.parent() != null) {
        assertThat(REGISTRY.actor(a.parent())).as("parent of %s", a.id()).isPresent();
      }
    }
  }

  @Test
  void everyKindAndCountryIsValid() {
    for (Actor a : REGISTRY.actors()) {
      assertThat(a.kind()).isNotNull();
      if (a.country() != null) {
        assertThat(ISO).as("country of %s", a.id()).contains(a.country());
      }
    }
  }

  @Test
  void everyStateIsKeyedByItsOwnCountry() {
    for (Actor a : REGISTRY.actors()) {
      if (a.kind() == ActorKind.STATE) {
        assertThat(a.id()).isEqualTo("state:" + a.country());
        assertThat(REGISTRY.state(a.country())).contains(a);
      }
    }
  }

  @Test
  void everyRelationLinksTwoKnownActors() {
    assertThat(REGISTRY.relations()).isNotEmpty();
    for (PriorRelation r : REGISTRY.relations()) {
      assertThat(REGISTRY.actor(r.subject())).as("subject %s", r.subject()).isPresent();
      assertThat(REGISTRY.actor(r.object())).as("object %s", r.object()).isPresent();
    }
  }

  @Test
  void noRelationIsListedTwice() {
    assertThat(REGISTRY.relations()).doesNotHaveDuplicates();
  }

  @Test
  void actorsOfTheNewRegionsAreKnownWithTheirBranches() {
    assertThat(REGISTRY.relations())
        .contains(new PriorRelation("adf", RelationType.PART_OF, "iscap"))
        .contains(new PriorRelation("emc", RelationType.PART_OF, "farc-dissidents"))
        .contains(new PriorRelation("mawozo-400", RelationType.PART_OF, "viv-ansanm"))
        .contains(new PriorRelation("chhatra-league", RelationType.PART_OF, "awami-league"))
        .contains(new PriorRelation("rab", RelationType.PART_OF, "police:BD"))
        .contains(new PriorRelation("abu-sayyaf", RelationType.PART_OF, "is-east-asia"));
    for (String name :
        List.of(
            "JNIM",
            "Islamic State Sahel Province",
            "Ansarul Islam",
            "Africa Corps",
            "FAMa",
            "Dozo hunters",
            "ISWAP",
            "Ansaru",
            "Amotekun",
            "CJTF",
            "Eastern Security Network",
            "Ma'awisleh",
            "Puntland forces",
            "AUSSOM",
            "Fano",
            "OLF-Shene",
            "TDF",
            "Mungiki",
            "M23",
            "ISCAP",
            "FARDC",
            "CODECO",
            "Mayi-Mayi",
            "Wazalendo",
            "FDLR",
            "Twirwaneho",
            "RSF",
            "SPLA-IO",
            "Ahlu Sunnah Wa-Jama",
            "3R",
            "FACA",
            "Ambazonian separatists",
            "CJNG",
            "Sinaloa Cartel",
            "Clan del Golfo",
            "ELN",
            "Segunda Marquetalia",
            "Tren de Aragua",
            "Viv Ansanm",
            "400 Mawozo",
            "G9",
            "Awami League",
            "BNP",
            "Chhatra Dal",
            "Jubo League",
            "Shibir",
            "RAB",
            "BGB",
            "TTP",
            "BLF",
            "Lashkar-e-Taiba",
            "CRPF",
            "Arambai Tenggol",
            "Tatmadaw",
            "TNLA",
            "MNDAA",
            "KNLA",
            "New People's Army",
            "Abu Sayyaf",
            "BIFF",
            "Maute Group",
            "Taliban")) {
      assertThat(RESOLVER.resolve(name)).as(name).isPresent();
    }
  }

  @Test
  void branchesArePartOfTheirParents() {
    assertThat(REGISTRY.relations())
        .contains(new PriorRelation("iskp", RelationType.PART_OF, "isis"))
        .contains(new PriorRelation("quds-force", RelationType.PART_OF, "irgc"))
        .contains(
            new PriorRelation("person:qasem-soleimani", RelationType.LEADER_OF, "quds-force"));
  }

  @Test
  void noAliasIsClaimedByTwoActors() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (Actor a : REGISTRY.actors()) {
      for (String name : names(a)) {
        Alias alias = Alias.of(a, TOKENIZER.tokenize(name));
        owners.computeIfAbsent(alias.key(), k -> new HashSet<>()).add(a.id());
      }
    }
    List<String> shared = new ArrayList<>();
    owners.forEach(
        (key, ids) -> {
          if (ids.size() > 1 && !REGISTRY.ambiguousKeys().containsKey(key)) {
            shared.add(key + " " + ids);
          }
        });
    assertThat(shared).isEmpty();
  }

  @Test
  void everyAliasResolvesToItsOwnActor() {
    List<String> wrong = new ArrayList<>();
    for (Actor a : REGISTRY.actors()) {
      for (String name : names(a)) {
        // A name several actors share is each one's in a document about its country.
        List<String> countries = a.country() == null ? List.of() : List.of(a.country());
        String got = RESOLVER.resolve(name, countries).map(Actor::id).orElse("nothing");
        if (!got.equals(a.id())) {
          wrong.add(name + " -> " + got + " (expected " + a.id() + ")");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noTwoActorsHaveLongNamesOneTypoApartExceptInAWordThatIsANameItself() {
    List<Alias> longNames = new ArrayList<>();
    for (Actor a : REGISTRY.actors()) {
      for (String name : names(a)) {
        Alias alias = Alias.of(a, TOKENIZER.tokenize(name));
        if (alias.key().length() >= NameMatcher.FUZZY_MIN_CHARS && !alias.hasAcronym()) {
          longNames.add(alias);
        }
      }
    }
    List<String> close = new ArrayList<>();
    for (int i = 0; i < longNames.size(); i++) {
      for (int j = i + 1; j < longNames.size(); j++) {
        Alias x = longNames.get(i);
        Alias y = longNames.get(j);
        boolean sameActor = x.actor().id().equals(y.actor().id());
        boolean shared =
            REGISTRY.ambiguousKeys().containsKey(x.key())
                || REGISTRY.ambiguousKeys().containsKey(y.key());
        if (!sameActor
            && !shared
            && Math.abs(x.key().length() - y.key().length()) <= 1
            && EditDistance.osa(x.key(), y.key()) <= 1
            && !differInAName(x.key(), y.key())) {
          close.add(x.key() + " ~ " + y.key());
        }
      }
    }
    assertThat(close).isEmpty();
  }

  /** "Government of Iran" and "Government of Iraq" differ in a name: fuzzy matching skips them. */
  private static boolean differInAName(String x, String y) {
    String[] xs = x.split(" ");
    String[] ys = y.split(" ");
    if (xs.length != ys.length) {
      return false;
    }
    for (int i = 0; i < xs.length; i++) {
      if (!xs[i].equals(ys[i])) {
        return RESOLVER.resolve(capitalized(xs[i])).isPresent()
            || RESOLVER.resolve(capitalized(ys[i])).isPresent();
      }
    }
    return false;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<String> names(Actor a) {
    List<String> out = new ArrayList<>(a.aliases());
    out.add(a.name());
    return out;
  }
}
