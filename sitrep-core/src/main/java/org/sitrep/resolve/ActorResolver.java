package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Resolves names to actors and finds actor mentions in text.
 *
 * <p>Names are compared after folding case, accents, script (ICU {@code Any-Latin; Latin-ASCII}),
 * dashes, apostrophes, possessives, the Arabic article ("al-", "el-", "ash-") and "the". Short and
 * mixed-case acronyms must be written as registered ("US" but never "us", "IS" but never "is"); a
 * long name (12 characters or more, no acronym) may carry one typo in one word if exactly one actor
 * fits and the typo is not itself a name ("Jund Ansarf Allah" is Jund Ansar Allah; "Iran" is never
 * a typo of "Iraq"). Demonyms with force nouns name states ("US forces", "Iranian military forces",
 * "Military Forces of Iran").
 *
 * <p>Build once from an {@link ActorRegistry}; immutable and thread-safe. Per-document knowledge
 * (acronyms a text defines, groups it introduces, surnames of people it named) lives only for one
 * call of {@link #mentions}.
 */
public final class ActorResolver {
  private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");
  private final ActorRegistry registry;
  private final Tokenizer tokenizer;
  private final NameMatcher matcher;
  private final MentionScanner scanner;

  /** A resolver over {@code registry}; indexes every alias (a few milliseconds). */
  public ActorResolver(ActorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.tokenizer = new Tokenizer(new NameFolder());
    this.matcher = new NameMatcher(registry, tokenizer);
    this.scanner = new MentionScanner(tokenizer, matcher);
  }

  /**
   * A resolver over the bundled registry.
   *
   * @throws org.sitrep.SitrepException when the bundled data files are missing or malformed
   */
  public static ActorResolver bundled() {
    return new ActorResolver(ActorRegistry.bundled());
  }

  /** The registry this resolver resolves against. */
  public ActorRegistry registry() {
    return registry;
  }

  /**
   * The actor {@code name} names as a whole: an alias, a demonym phrase ("Iranian security
   * forces"), a force noun of a state ("Government of Iran"), a demonym ("Iranian") or capital
   * ("Tehran") of a state, or a long name with one typo. Empty when nothing in the registry fits
   * the whole name, or the name is a phrase known to name no actor ("Latin America").
   */
  public Optional<Actor> resolve(String name) {
    return resolve(name, List.of());
  }

  /**
   * As {@link #resolve(String)}, for a name read in a document about {@code countries} (ISO codes,
   * most telling first): a name several actors share ("SNA", "ADF") is the one of those countries.
   * Also reads ACLED's names of generic actors, "Protesters (Kenya)", "Unidentified Armed Group
   * (Benin)", "Pokot Ethnic Militia (Kenya)", as those actors bound to the country in brackets.
   */
  public Optional<Actor> resolve(String name, List<String> countries) {
    Objects.requireNonNull(name, "name");
    Optional<Actor> bound = acledGeneric(name);
    if (bound.isPresent()) {
      return bound;
    }
    List<Token> tokens =
        tokenizer.tokenize(name).stream().filter(t -> t.isWord() || t.skippable()).toList();
    int first = 0;
    while (first < tokens.size()
        && (!tokens.get(first).isWord() || tokens.get(first).skippable())) {
      first++;
    }
    int last = tokens.size() - 1;
    while (last >= first && (!tokens.get(last).isWord() || tokens.get(last).skippable())) {
      last--;
    }
    if (first > last) {
      return Optional.empty();
    }
    int end = last;
    DocumentNames local = new DocumentNames();
    local.countries(codes(countries));
    return matcher
        .longest(tokens, first, local, NameMatcher.Mode.RESOLVE)
        .filter(m -> m.last() == end && !m.blocked())
        .map(Match::actor);
  }

  /** "Protesters (Kenya)": a generic actor's name with its country in brackets. */
  private Optional<Actor> acledGeneric(String name) {
    Matcher m = BRACKETED.matcher(name.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Actor> state = resolve(m.group(2), List.of()).filter(a -> a.kind() == ActorKind.STATE);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    String stem = m.group(1).strip();
    GenericActors generics = registry.generics();
    for (GenericActors.Kind kind : generics.kinds()) {
      Actor unbound = generics.unbound(kind.slug()).orElseThrow();
      if (unbound.name().equalsIgnoreCase(stem)) {
        return generics.bind(kind.slug(), state.get().country(), registry);
      }
    }
    for (GenericActors.Group group : generics.groups()) {
      if (group.militia().equalsIgnoreCase(stem)) {
        return generics.bind(group.slug(), state.get().country(), registry);
      }
    }
    return Optional.empty();
  }

  /**
   * Every actor mention in a document's cleaned text, in text order, never overlapping; empty when
   * there is none. Longest names win ("Iraqi Hezbollah Brigades" is one mention, of Kataib
   * Hezbollah). Acronyms the text defines ("Lebanese Armed Forces (LAF)") name that actor for the
   * whole text; an armed group the registry lacks but the text names recognisably ("the Imam Ali
   * Brigades", "Jaish al-Umma", "Free Ahwaz Front (FAF)") becomes a new actor with id {@code new:}
   * and its folded name. Names inside hyphenated compounds ("Iran-backed") are {@link
   * MentionForm#MODIFIER}s and capitals standing for states ("Tehran said") {@link
   * MentionForm#METONYM}s.
   */
  public List<ActorMention> mentions(String text) {
    return mentions(text, List.of());
  }

  /**
   * As {@link #mentions(String)}, for a document known to be about {@code countries} (ISO codes,
   * most telling first): a name several actors share ("SNA" in Somalia and Syria) is the actor of
   * those countries. With no countries given, they are inferred from the actors the text itself
   * names unambiguously ("Mogadishu", "al-Shabaab" say Somalia); when that says nothing either, the
   * first actor in the registry's file order is taken, as before.
   *
   * <p>Common nouns for ACLED's generic actors ("unknown gunmen", "demonstrators", "Pokot raiders",
   * "police") are mentions of the <em>unbound</em> generic actor, without a country: see {@link
   * #bind}.
   */
  public List<ActorMention> mentions(String text, List<String> countries) {
    return scanner.scan(Objects.requireNonNull(text, "text"), codes(countries));
  }

  /**
   * The countries {@code text} is about, most telling first (ISO codes): those of the states and
   * capitals it names, and the home countries of the actors it names unambiguously. Empty when it
   * names none. This is what {@link #mentions(String)} uses to choose among actors sharing a name,
   * and what generic actors are bound to when a report has no country of its own.
   */
  public List<String> countries(String text) {
    return scanner.countries(Objects.requireNonNull(text, "text"));
  }

  /**
   * ACLED's civilians actor of a country, e.g. {@code civilians("IR")} has id {@code civilians:IR},
   * name "Civilians (Iran)" and kind {@link ActorKind#CIVILIANS}.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @throws IllegalArgumentException when {@code country} is no such code
   */
  public Actor civilians(String country) {
    return generic("civilians", country);
  }

  /**
   * The generic actor {@code slug} of generic-actors.tsv or identity-groups.tsv bound to {@code
   * country}: {@code generic("protesters", "KE")} is "Protesters (Kenya)" with id {@code
   * protesters:KE}; {@code generic("police-forces", "SO")} is the registry's "Police Forces of
   * Somalia".
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @throws IllegalArgumentException when {@code country} is no such code or {@code slug} no
   *     generic actor
   */
  public Actor generic(String slug, String country) {
    String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
    if (!RegistryFiles.ISO_COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + country);
    }
    return bind(slug, code)
        .orElseThrow(() -> new IllegalArgumentException("no generic actor " + slug));
  }

  /**
   * Binds a mention's generic actor to the country where the event happened: {@code
   * bind("protesters", "KE")} is "Protesters (Kenya)". An identity militia with no country given
   * takes its group's home country ("Pokot Ethnic Militia (Kenya)"). Empty when {@code id} is no
   * generic actor's (named actors need no binding) or the country is null and the actor has no
   * home.
   *
   * @param id an actor id, bound ("protesters:KE", rebound) or not ("protesters")
   * @param country an ISO 3166-1 alpha-2 code, or null when unknown
   */
  public Optional<Actor> bind(String id, String country) {
    Objects.requireNonNull(id, "id");
    if (!registry.generics().isGeneric(id)) {
      return Optional.empty();
    }
    return registry.generics().bind(id, country, registry);
  }

  /** Whether {@code id} is a generic actor's, bound ("protesters:KE") or not ("protesters"). */
  public boolean isGeneric(String id) {
    return registry.generics().isGeneric(Objects.requireNonNull(id, "id"));
  }

  private static List<String> codes(List<String> countries) {
    List<String> out = new ArrayList<>();
    for (String c : Objects.requireNonNull(countries, "countries")) {
      if (c != null) {
        out.add(c.toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }
}
