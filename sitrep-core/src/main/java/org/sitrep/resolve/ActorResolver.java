package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
    return matcher
        .longest(tokens, first, new DocumentNames(), NameMatcher.Mode.RESOLVE)
        .filter(m -> m.last() == end && !m.blocked())
        .map(Match::actor);
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
    return scanner.scan(Objects.requireNonNull(text, "text"));
  }

  /**
   * ACLED's civilians actor of a country, e.g. {@code civilians("IR")} has id {@code civilians:IR},
   * name "Civilians (Iran)" and kind {@link ActorKind#CIVILIANS}.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @throws IllegalArgumentException when {@code country} is no such code
   */
  public Actor civilians(String country) {
    String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
    if (!RegistryFiles.ISO_COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + country);
    }
    String name =
        registry
            .state(code)
            .map(Actor::name)
            .orElseGet(() -> new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    return new Actor(
        "civilians:" + code,
        "Civilians (" + name + ")",
        ActorKind.CIVILIANS,
        code,
        List.of(),
        null);
  }
}
