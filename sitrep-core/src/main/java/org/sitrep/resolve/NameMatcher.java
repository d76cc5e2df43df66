package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Finds the longest name that starts at a token: a registry alias or a name the document taught, a
 * demonym with a force noun ("US forces", "Iranian military forces"), a force noun of a state
 * ("Military Forces of Iran"), a long name with one typo, a capital standing for its state; failing
 * all of these, a noun for one of ACLED's generic actors ("unknown gunmen", "hundreds of
 * demonstrators", "Pokot raiders"). A name several actors share is the one of the document's
 * countries.
 *
 * <p>Immutable and thread-safe; per-document knowledge comes in as {@link DocumentNames}.
 */
final class NameMatcher {
  /** Names shorter than this (folded, spaces included) are never matched with a typo. */
  static final int FUZZY_MIN_CHARS = 12;

  /** How many words after a cued noun (generic-actors.tsv) its cue may come. */
  static final int CUE_WORDS = 6;

  /** How the caller will use a match. */
  enum Mode {
    /** Scanning running text: capitals and bare demonyms only in telling contexts. */
    MENTIONS,
    /** Naming one actor: "Tehran" and "Iranian" are Iran. */
    RESOLVE
  }

  private static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "near",
          "from",
          "to",
          "into",
          "outside",
          "around",
          "across",
          "toward",
          "towards",
          "of",
          "via",
          "through",
          "inside",
          "over",
          "between",
          "and",
          "or",
          "entered",
          "reached",
          "visited",
          "visit",
          "captured",
          "downtown",
          "central",
          "northern",
          "southern",
          "eastern",
          "western");

  private final Map<String, List<Alias>> names;
  private final Map<String, List<Alias>> demonyms;
  private final Map<String, List<Alias>> stateNames;
  private final Map<String, List<Alias>> capitals;
  private final Set<String> forceNouns;
  private final Map<String, List<Alias>> fuzzy;
  private final Set<String> guarded;
  private final int maxWords;
  private final int maxCountryWords;
  private final int maxForceWords;
  private final Map<String, String> ambiguous;
  private final Map<String, List<Alias>> genericNouns;
  private final Map<String, List<Alias>> cuedNouns;
  private final Map<String, Set<String>> cues;
  private final Map<String, List<Alias>> groupNames;
  private final Set<String> identityNouns;
  private final List<List<String>> quantifiers;
  private final Set<String> genericIds;
  private final int maxGenericWords;
  private final int maxGroupWords;
  private final int maxIdentityWords;

  NameMatcher(ActorRegistry registry, Tokenizer tokenizer) {
    Map<String, List<Alias>> n = new HashMap<>();
    Map<String, List<Alias>> dem = new HashMap<>();
    Map<String, List<Alias>> st = new HashMap<>();
    Map<String, List<Alias>> cap = new HashMap<>();
    Map<String, List<Alias>> fz = new HashMap<>();
    Set<String> fn = new HashSet<>();
    int longestName = 1;
    for (Actor actor : registry.actors()) {
      Set<String> capitalKeys = new HashSet<>();
      for (String capital : registry.capitals(actor)) {
        Alias a = Alias.of(actor, tokenizer.tokenize(capital));
        put(cap, a);
        capitalKeys.add(a.key());
      }
      for (String form : names(actor)) {
        Alias a = Alias.of(actor, tokenizer.tokenize(form));
        if (a == null || capitalKeys.contains(a.key())) {
          continue;
        }
        put(n, a);
        longestName = Math.max(longestName, a.size());
        if (actor.kind() == ActorKind.STATE) {
          put(st, a);
        }
        if (a.size() >= 2 && a.key().length() >= FUZZY_MIN_CHARS && !a.hasAcronym()) {
          String[] words = a.key().split(" ");
          fz.computeIfAbsent(a.size() + "|" + words[0], k -> new ArrayList<>()).add(a);
          fz.computeIfAbsent(a.size() + "|" + words[words.length - 1], k -> new ArrayList<>())
              .add(a);
        }
      }
      for (String demonym : registry.demonyms(actor)) {
        put(dem, Alias.of(actor, tokenizer.tokenize(demonym)));
      }
    }
    for (String phrase : registry.notActors()) {
      Alias a = Alias.of(null, tokenizer.tokenize(phrase));
      put(n, a);
      longestName = Math.max(longestName, a.size());
    }
    this.ambiguous = registry.ambiguousKeys();
    Map<String, List<Alias>> gn = new HashMap<>();
    Map<String, List<Alias>> cn = new HashMap<>();
    Map<String, Set<String>> cw = new HashMap<>();
    Map<String, List<Alias>> grp = new HashMap<>();
    Set<String> ids = new HashSet<>();
    GenericActors generics = registry.generics();
    for (GenericActors.Kind kind : generics.kinds()) {
      Actor unbound = generics.unbound(kind.slug()).orElseThrow();
      ids.add(unbound.id());
      kind.nouns().forEach(noun -> put(gn, Alias.of(unbound, tokenizer.tokenize(noun))));
      Set<String> words = new HashSet<>();
      kind.cues().forEach(cue -> words.add(Alias.of(null, tokenizer.tokenize(cue)).key()));
      cw.put(unbound.id(), Set.copyOf(words));
      kind.cued().forEach(noun -> put(cn, Alias.of(unbound, tokenizer.tokenize(noun))));
    }
    for (GenericActors.Group group : generics.groups()) {
      Actor unbound = generics.unbound(group.slug()).orElseThrow();
      ids.add(unbound.id());
      group.names().forEach(name -> put(grp, Alias.of(unbound, tokenizer.tokenize(name))));
    }
    Set<String> in = new HashSet<>();
    generics
        .identityNouns()
        .forEach(noun -> in.add(Alias.of(null, tokenizer.tokenize(noun)).key()));
    this.genericNouns = frozen(gn);
    this.cuedNouns = frozen(cn);
    this.cues = Map.copyOf(cw);
    this.groupNames = frozen(grp);
    this.identityNouns = Set.copyOf(in);
    List<List<String>> q = new ArrayList<>();
    for (String phrase : generics.quantifiers()) {
      List<String> words = new ArrayList<>();
      for (String w : phrase.split("\\s+")) {
        words.add(w.equals("#") ? "#" : Alias.of(null, tokenizer.tokenize(w)).key());
      }
      q.add(List.copyOf(words));
    }
    // Longest first, so that "more than 200" is tried before "200".
    q.sort((x, y) -> y.size() - x.size());
    this.quantifiers = List.copyOf(q);
    this.genericIds = Set.copyOf(ids);
    this.maxGenericWords = maxSize(gn, cn);
    this.maxGroupWords = maxSize(grp, Map.of());
    this.maxIdentityWords = in.stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    int longestForce = 1;
    for (String noun : registry.forceNouns()) {
      Alias a = Alias.of(null, tokenizer.tokenize(noun));
      fn.add(a.key());
      longestForce = Math.max(longestForce, a.size());
    }
    Set<String> g = new HashSet<>();
    n.forEach((k, v) -> addIfOneWord(g, k));
    dem.keySet().forEach(k -> addIfOneWord(g, k));
    cap.keySet().forEach(k -> addIfOneWord(g, k));
    this.names = frozen(n);
    this.demonyms = frozen(dem);
    this.stateNames = frozen(st);
    this.capitals = frozen(cap);
    this.forceNouns = Set.copyOf(fn);
    this.fuzzy = frozen(fz);
    this.guarded = Set.copyOf(g);
    int longestCountry =
        Math.max(
            dem.values().stream().flatMap(List::stream).mapToInt(Alias::size).max().orElse(1),
            st.values().stream().flatMap(List::stream).mapToInt(Alias::size).max().orElse(1));
    this.maxCountryWords = longestCountry;
    this.maxForceWords = longestForce;
    this.maxWords =
        Math.max(
            Math.max(longestName, longestCountry + longestForce + 1),
            Math.max(maxGenericWords, maxGroupWords + maxIdentityWords) + 4);
  }

  /** Whether {@code actor} is a generic actor not yet bound to a country ("protesters"). */
  boolean unboundGeneric(Actor actor) {
    return actor != null && actor.country() == null && genericIds.contains(actor.id());
  }

  /**
   * The state whose capital the words of {@code m} are, even where they name a place rather than
   * the state acting ("in Mogadishu"); null when they are no capital.
   */
  Actor capitalOf(List<Token> tokens, Match m) {
    List<Token> words = new ArrayList<>();
    for (int j = m.first(); j <= m.last(); j++) {
      Token t = tokens.get(j);
      if (t.isWord() && !t.skippable()) {
        words.add(t);
      }
    }
    return m.form() == MentionForm.METONYM ? lookup(capitals, words) : null;
  }

  /** Whether several actors answer to {@code key} on purpose (ambiguous-aliases.txt). */
  boolean ambiguous(String key) {
    return ambiguous.containsKey(key);
  }

  /** Whether the registry itself (not a document) claims {@code key} as a name. */
  boolean knows(String key) {
    return names.containsKey(key) || demonyms.containsKey(key) || capitals.containsKey(key);
  }

  /**
   * The longest name starting at {@code tokens[start]}, which must be a word that is not an
   * article; empty when none starts there.
   */
  Optional<Match> longest(List<Token> tokens, int start, DocumentNames local, Mode mode) {
    Token head = tokens.get(start);
    if (!head.isWord() || head.skippable()) {
      return Optional.empty();
    }
    List<Integer> pos = window(tokens, start);
    List<Token> words = new ArrayList<>(pos.size());
    pos.forEach(i -> words.add(tokens.get(i)));
    String[] keys = prefixKeys(words);
    for (int n = words.size(); n >= 1; n--) {
      List<Token> sub = words.subList(0, n);
      Actor actor = nameAt(sub, keys[n], local, mode);
      if (actor != null || blockedAt(sub, keys[n])) {
        return Optional.of(new Match(start, pos.get(n - 1), actor, MentionForm.NAME));
      }
      Optional<Match> lone = lone(tokens, pos, sub, mode);
      if (lone.isPresent()) {
        return lone;
      }
    }
    return generic(tokens, pos, words, keys);
  }

  /**
   * A generic actor's noun ("unknown gunmen", "demonstrators", "students" before "marched") or a
   * group's name with a militia noun ("Pokot raiders"): the unbound generic actor, longest first.
   */
  private Optional<Match> generic(
      List<Token> tokens, List<Integer> pos, List<Token> words, String[] keys) {
    Optional<Match> bare = genericAt(tokens, pos, words, keys);
    if (bare.isPresent()) {
      return bare;
    }
    // "hundreds of demonstrators": the quantifier opens the mention.
    for (List<String> q : quantifiers) {
      if (q.size() >= words.size() || !quantified(words, q)) {
        continue;
      }
      int n = q.size();
      List<Integer> rest = pos.subList(n, pos.size());
      List<Token> restWords = words.subList(n, words.size());
      Optional<Match> m = genericAt(tokens, rest, restWords, prefixKeys(restWords));
      if (m.isPresent() && m.get().actor() != null && genericIds.contains(m.get().actor().id())) {
        return Optional.of(new Match(pos.get(0), m.get().last(), m.get().actor(), m.get().form()));
      }
    }
    return Optional.empty();
  }

  private static boolean quantified(List<Token> words, List<String> q) {
    for (int i = 0; i < q.size(); i++) {
      String w = words.get(i).norm();
      boolean ok = q.get(i).equals("#") ? w.matches("[0-9][0-9,.]*") : q.get(i).equals(w);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private Optional<Match> genericAt(
      List<Token> tokens, List<Integer> pos, List<Token> words, String[] keys) {
    for (int g = Math.min(words.size() - 1, maxGroupWords); g >= 1; g--) {
      Actor group = lookup(groupNames, words.subList(0, g));
      if (group == null) {
        continue;
      }
      for (int n = Math.min(words.size() - g, maxIdentityWords); n >= 1; n--) {
        if (identityNouns.contains(key(words.subList(g, g + n)))) {
          return Optional.of(new Match(pos.get(0), pos.get(g + n - 1), group, MentionForm.NAME));
        }
      }
    }
    for (int n = Math.min(words.size(), maxGenericWords); n >= 1; n--) {
      List<Token> sub = words.subList(0, n);
      for (Alias a : genericNouns.getOrDefault(keys[n], List.of())) {
        if (a.accepts(sub)) {
          return Optional.of(new Match(pos.get(0), pos.get(n - 1), a.actor(), MentionForm.NAME));
        }
      }
      for (Alias a : cuedNouns.getOrDefault(keys[n], List.of())) {
        if (a.accepts(sub) && cueFollows(tokens, pos.get(n - 1), cues.get(a.actor().id()))) {
          return Optional.of(new Match(pos.get(0), pos.get(n - 1), a.actor(), MentionForm.NAME));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether one of {@code cues} is among the {@link #CUE_WORDS} words after {@code last}, in its
   * sentence ("students from across the country marched").
   */
  private static boolean cueFollows(List<Token> tokens, int last, Set<String> cues) {
    int seen = 0;
    for (int j = last + 1; j < tokens.size() && seen < CUE_WORDS; j++) {
      Token t = tokens.get(j);
      if (!t.isWord()) {
        if (t.surface().matches("[.;:!?]")) {
          return false;
        }
        continue;
      }
      if (cues.contains(t.norm())) {
        return true;
      }
      seen++;
    }
    return false;
  }

  private static int maxSize(Map<String, List<Alias>> a, Map<String, List<Alias>> b) {
    int max = 1;
    for (Map<String, List<Alias>> m : List.of(a, b)) {
      for (List<Alias> list : m.values()) {
        for (Alias x : list) {
          max = Math.max(max, x.size());
        }
      }
    }
    return max;
  }

  private Actor nameAt(List<Token> words, String key, DocumentNames local, Mode mode) {
    int n = words.size();
    List<Token> sub = words;
    Optional<Alias> learned = local.lookup(key).filter(a -> a.accepts(sub));
    if (learned.isPresent()) {
      return learned.get().actor();
    }
    List<Actor> candidates = new ArrayList<>(1);
    for (Alias a : names.getOrDefault(key, List.of())) {
      boolean chance = mode == Mode.MENTIONS && a.shortAcronym() && sub.get(0).shouting();
      if (a.actor() != null && a.accepts(sub) && !chance) {
        if (!ambiguous.containsKey(key)) {
          return a.actor();
        }
        candidates.add(a.actor());
      }
    }
    if (!candidates.isEmpty()) {
      return byCountry(candidates, local.countries(), ambiguous.get(key));
    }
    for (int d = Math.max(1, n - maxForceWords); d < n && d <= maxCountryWords; d++) {
      Actor state = lookup(demonyms, words.subList(0, d));
      state = state != null ? state : lookup(stateNames, words.subList(0, d));
      if (state != null && forceNouns.contains(key(words.subList(d, n)))) {
        return state;
      }
    }
    for (int f = 1; f < n - 1 && f <= maxForceWords; f++) {
      if (forceNouns.contains(key(words.subList(0, f))) && words.get(f).norm().equals("of")) {
        Actor state = lookup(stateNames, words.subList(f + 1, n));
        if (state != null) {
          return state;
        }
      }
    }
    return n >= 2 && key.length() >= FUZZY_MIN_CHARS && sub.get(0).capitalized()
        ? fuzzy(sub)
        : null;
  }

  /**
   * Of actors sharing a name, the first whose country is among the document's (most telling first);
   * the name's default actor when none is or the countries are unknown.
   */
  private static Actor byCountry(List<Actor> candidates, List<String> countries, String fallback) {
    for (String country : countries) {
      for (Actor a : candidates) {
        if (country.equals(a.country())) {
          return a;
        }
      }
    }
    return candidates.stream()
        .filter(a -> a.id().equals(fallback))
        .findFirst()
        .orElse(candidates.get(0));
  }

  private boolean blockedAt(List<Token> sub, String key) {
    return names.getOrDefault(key, List.of()).stream()
        .anyMatch(a -> a.actor() == null && a.accepts(sub));
  }

  /** keys[n] is the key of the first n words. */
  private static String[] prefixKeys(List<Token> words) {
    String[] keys = new String[words.size() + 1];
    keys[0] = "";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(words.get(i).norm());
      keys[i + 1] = b.toString();
    }
    return keys;
  }

  /** A capital or a bare demonym: only where the text uses it for the state. */
  private Optional<Match> lone(List<Token> tokens, List<Integer> pos, List<Token> sub, Mode mode) {
    int start = pos.get(0);
    int last = pos.get(sub.size() - 1);
    Actor capital = lookup(capitals, sub);
    if (capital != null) {
      // "in Kuwait City" is a place: the capital's words then name no actor at all.
      boolean metonym = mode == Mode.RESOLVE || metonymContext(tokens, start, last);
      return Optional.of(new Match(start, last, metonym ? capital : null, MentionForm.METONYM));
    }
    Actor demonym = lookup(demonyms, sub);
    if (demonym != null && (mode == Mode.RESOLVE || Compounds.attached(tokens, start, last))) {
      return Optional.of(new Match(start, last, demonym, MentionForm.MODIFIER));
    }
    return Optional.empty();
  }

  /** "Tehran said" names Iran; "in Tehran" and "the Tehran Times" do not. */
  private static boolean metonymContext(List<Token> tokens, int start, int last) {
    Token before = previousWord(tokens, start);
    if (before != null && LOCATIVES.contains(before.norm())) {
      return false;
    }
    if (last + 1 < tokens.size()) {
      Token after = tokens.get(last + 1);
      return !(after.isWord() && after.capitalized() && !after.newlineBefore());
    }
    return true;
  }

  private static Token previousWord(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.norm().equals("the")) {
        return t;
      }
      if (!t.skippable()) {
        return null;
      }
    }
    return null;
  }

  /** A registry name one edit away in one word, if exactly one actor has such a name. */
  private Actor fuzzy(List<Token> words) {
    int n = words.size();
    List<Alias> candidates = new ArrayList<>();
    candidates.addAll(fuzzy.getOrDefault(n + "|" + words.get(0).norm(), List.of()));
    candidates.addAll(fuzzy.getOrDefault(n + "|" + words.get(n - 1).norm(), List.of()));
    Actor found = null;
    for (Alias a : candidates) {
      String[] aw = a.key().split(" ");
      int diff = -1;
      for (int i = 0; i < n && diff != -2; i++) {
        if (!aw[i].equals(words.get(i).norm())) {
          diff = diff == -1 ? i : -2;
        }
      }
      if (diff < 0 || !a.accepts(words)) {
        continue;
      }
      String typo = words.get(diff).norm();
      // "Iran" is no typo of "Iraq": a word that is itself a name is never corrected.
      boolean guardedWord = guarded.contains(typo) || guarded.contains(aw[diff]);
      if (guardedWord || typo.length() < 4 || EditDistance.osa(typo, aw[diff]) > 1) {
        continue;
      }
      if (found != null && !found.id().equals(a.actor().id())) {
        return null;
      }
      found = a.actor();
    }
    return found;
  }

  private List<Integer> window(List<Token> tokens, int start) {
    List<Integer> pos = new ArrayList<>();
    pos.add(start);
    for (int j = start + 1; j < tokens.size() && pos.size() < maxWords; j++) {
      Token t = tokens.get(j);
      if (t.newlineBefore()) {
        break;
      }
      if (t.isWord() && !t.skippable()) {
        pos.add(j);
      } else if (!t.skippable()) {
        break;
      }
    }
    return pos;
  }

  private static Actor lookup(Map<String, List<Alias>> map, List<Token> words) {
    for (Alias a : map.getOrDefault(key(words), List.of())) {
      if (a.accepts(words)) {
        return a.actor();
      }
    }
    return null;
  }

  static String key(List<Token> words) {
    StringBuilder b = new StringBuilder();
    for (Token t : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.norm());
    }
    return b.toString();
  }

  private static List<String> names(Actor actor) {
    List<String> out = new ArrayList<>();
    out.add(actor.name());
    out.addAll(actor.aliases());
    return out;
  }

  private static Map<String, List<Alias>> frozen(Map<String, List<Alias>> map) {
    Map<String, List<Alias>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static void put(Map<String, List<Alias>> map, Alias a) {
    if (a != null) {
      map.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
    }
  }

  private static void addIfOneWord(Set<String> set, String key) {
    if (key.indexOf(' ') < 0) {
      set.add(key);
    }
  }
}
