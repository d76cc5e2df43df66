package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.SitrepException;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * ACLED's actors that are named by what they are, not who they are: "Protesters (Kenya)",
 * "Unidentified Armed Group (Benin)", "Civilians (Iran)", "Pokot Ethnic Militia (Kenya)", "Police
 * Forces of Somalia". A text names them with common nouns and seldom says the country, so a mention
 * is first of the <em>unbound</em> actor (id = its slug, e.g. {@code protesters}) and is bound
 * later to the country where the event happens (id {@code protesters:KE}). Loaded from {@code
 * generic-actors.tsv}, {@code identity-groups.tsv}, {@code identity-nouns.txt} and {@code
 * crowd-quantifiers.txt}; immutable.
 */
final class GenericActors {
  /**
   * One generic actor of {@code generic-actors.tsv}.
   *
   * @param slug stable id stem
   * @param name ACLED's name; "%s" stands for the country, else " (country)" is appended
   * @param kind its ACLED kind
   * @param bound the registry id it becomes once bound ("police:%s"), or null for slug:code
   * @param nouns phrases that always name it
   * @param cued nouns that name it only before one of {@code cues}
   * @param cues words that, within six words after a cued noun, make it name this actor
   */
  record Kind(
      String slug,
      String name,
      ActorKind kind,
      String bound,
      List<String> nouns,
      List<String> cued,
      List<String> cues) {
    Kind {
      nouns = List.copyOf(nouns);
      cued = List.copyOf(cued);
      cues = List.copyOf(cues);
    }
  }

  /**
   * One ethnic group, clan or community of {@code identity-groups.tsv}.
   *
   * @param militia ACLED's name for its militia, without the country ("Pokot Ethnic Militia")
   * @param country its home country, used when the event's is unknown
   * @param names how texts name the group
   */
  record Group(String militia, String country, List<String> names) {
    Group {
      names = List.copyOf(names);
    }

    String slug() {
      return slugOf(militia);
    }
  }

  private final Map<String, Kind> kinds;
  private final Map<String, Group> groups;
  private final List<String> identityNouns;
  private final List<String> quantifiers;

  GenericActors(
      List<Kind> kinds, List<Group> groups, List<String> identityNouns, List<String> quantifiers) {
    Map<String, Kind> k = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      if (k.put(kind.slug(), kind) != null) {
        throw new SitrepException("generic actor " + kind.slug() + " is listed twice");
      }
    }
    Map<String, Group> g = new LinkedHashMap<>();
    for (Group group : groups) {
      if (k.containsKey(group.slug()) || g.put(group.slug(), group) != null) {
        throw new SitrepException("militia " + group.militia() + " is listed twice");
      }
    }
    this.kinds = Collections.unmodifiableMap(k);
    this.groups = Collections.unmodifiableMap(g);
    this.identityNouns = List.copyOf(identityNouns);
    this.quantifiers = List.copyOf(quantifiers);
  }

  /** Words that may open a generic actor's mention ("hundreds of"); "#" stands for a number. */
  List<String> quantifiers() {
    return quantifiers;
  }

  List<Kind> kinds() {
    return List.copyOf(kinds.values());
  }

  List<Group> groups() {
    return List.copyOf(groups.values());
  }

  List<String> identityNouns() {
    return identityNouns;
  }

  /** Whether {@code id} is a generic actor's, bound ("protesters:KE") or not ("protesters"). */
  boolean isGeneric(String id) {
    String slug = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
    return kinds.containsKey(slug) || groups.containsKey(slug);
  }

  /** The unbound actor of {@code slug}: no country, ACLED's name without one. */
  Optional<Actor> unbound(String slug) {
    Kind kind = kinds.get(slug);
    if (kind != null) {
      String name = kind.name().replace(" of %s", "").replace("%s", "").strip();
      return Optional.of(new Actor(slug, name, kind.kind(), null, List.of(), null));
    }
    Group group = groups.get(slug);
    return Optional.ofNullable(group)
        .map(g -> new Actor(slug, g.militia(), ActorKind.IDENTITY_MILITIA, null, g.names(), null));
  }

  /**
   * The generic actor {@code id} (bound or not) bound to {@code country}: the registry's actor when
   * the kind names one ("police:KE"), else one made here. An identity militia with no country takes
   * its group's home. Empty when {@code id} is no generic actor's, or the country is unknown and
   * the actor has no home.
   */
  Optional<Actor> bind(String id, String country, ActorRegistry registry) {
    Objects.requireNonNull(id, "id");
    String slug = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
    String code = country != null ? country.toUpperCase(Locale.ROOT) : null;
    if (code == null && id.contains(":")) {
      code = id.substring(id.indexOf(':') + 1);
    }
    Group group = groups.get(slug);
    if (group != null) {
      code = code != null ? code : group.country();
      String name = group.militia() + " (" + countryName(code, registry) + ")";
      return Optional.of(
          new Actor(
              slug + ":" + code, name, ActorKind.IDENTITY_MILITIA, code, group.names(), null));
    }
    Kind kind = kinds.get(slug);
    if (kind == null || code == null || !RegistryFiles.ISO_COUNTRIES.contains(code)) {
      return Optional.empty();
    }
    if (kind.bound() != null) {
      Optional<Actor> known = registry.actor(kind.bound().replace("%s", code));
      if (known.isPresent()) {
        return known;
      }
    }
    String country1 = countryName(code, registry);
    String name =
        kind.name().contains("%s")
            ? kind.name().replace("%s", country1)
            : kind.name() + " (" + country1 + ")";
    return Optional.of(new Actor(slug + ":" + code, name, kind.kind(), code, List.of(), null));
  }

  private static String countryName(String code, ActorRegistry registry) {
    return registry
        .state(code)
        .map(Actor::name)
        .orElseGet(() -> new Locale("", code).getDisplayCountry(Locale.ENGLISH));
  }

  static String slugOf(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return String.join("-", words);
  }
}
