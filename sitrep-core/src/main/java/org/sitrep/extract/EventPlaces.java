package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Location;
import org.sitrep.nlp.EntityMention;

/**
 * Places: the places a sentence names, the ones an event happened at, and the country of each, from
 * the text and its context when the place itself does not say. Immutable and thread-safe.
 */
final class EventPlaces {
  /** A place right after a reference names where the event was: "the attack in Kerman". */
  private static final Pattern PLACE_LEAD = Pattern.compile("(?i)^\\s*(in|at|on|near|outside)\\s");

  private final PlaceFinder finder = new PlaceFinder();
  private final ActorFinder actors;

  EventPlaces(ActorFinder actors) {
    this.actors = actors;
  }

  /** The places a sentence names, offsets into it. */
  List<PlaceMention> find(String text, List<ActorMention> local, List<EntityMention> entities) {
    return finder.find(text, local, entities);
  }

  /** "Ain al-Assad Airbase" names a base, not Bashar al-Assad. */
  static List<ActorMention> outsideFacilities(
      List<ActorMention> local, List<PlaceMention> placeMentions) {
    List<ActorMention> kept = new ArrayList<>();
    for (ActorMention a : local) {
      boolean inside = false;
      for (PlaceMention p : placeMentions) {
        if (!p.countryOnly()
            && a.span().begin() >= p.begin()
            && a.span().end() <= p.end()
            && a.actor().kind() == ActorKind.PERSON) {
          inside = true;
        }
      }
      if (!inside) {
        kept.add(a);
      }
    }
    return kept;
  }

  /**
   * The places of the event of {@code clause}: those from its trigger to the clause's end, else
   * those before the trigger in its clause.
   *
   * @param datedReference whether the trigger names an event told elsewhere ("the Jan. 3 attack"):
   *     then only a place right after it ("… in Kerman") is the event's
   */
  List<PlaceMention> targets(SentenceView view, Clause clause, boolean datedReference) {
    TriggerMatch t = clause.trigger();
    List<PlaceMention> all = view.places();
    List<PlaceMention> targets =
        all.stream().filter(p -> p.begin() >= t.begin() && p.begin() < clause.end()).toList();
    if (targets.isEmpty()) {
      targets =
          all.stream().filter(p -> p.begin() >= clause.begin() && p.end() <= t.begin()).toList();
    }
    if (datedReference) {
      // Places further on belong to what the sentence goes on to say, not to the event named.
      String text = view.text();
      targets =
          targets.stream()
              .filter(
                  p ->
                      p.begin() >= t.end()
                          && p.begin() - t.end() <= 30
                          && PLACE_LEAD.matcher(text.substring(t.end(), p.begin())).find())
              .toList();
    }
    return targets;
  }

  /** The facilities among an event's places: a strike on two bases is two events. */
  static List<PlaceMention> facilities(List<PlaceMention> targets) {
    return targets.stream().filter(p -> !p.countryOnly() && Facilities.is(p)).toList();
  }

  /**
   * Where an event that is one event whatever its places happened: its first place below a country,
   * else its country, else the fallback for no place named; null when nothing says.
   */
  Location main(
      Draft d,
      List<PlaceMention> targets,
      List<ActorMention> sentenceActors,
      DocumentScope scope,
      Discourse discourse) {
    PlaceMention best =
        targets.stream()
            .filter(p -> !p.countryOnly())
            .findFirst()
            .orElse(targets.isEmpty() ? null : targets.get(0));
    return best == null
        ? fallback(d, sentenceActors, scope, discourse)
        : locate(best, d, scope, discourse);
  }

  /** The location of {@code place} for the event of {@code d}, with its country. */
  Location locate(PlaceMention place, Draft d, DocumentScope scope, Discourse discourse) {
    String country =
        place.countryCode() != null ? place.countryCode() : capitalCountry(place.name());
    // A country named in the same paragraph beats the participants' home; they may be abroad.
    country =
        country != null || discourse.lastCountryParagraph() != d.paragraph
            ? country
            : discourse.lastCountry();
    country = country != null ? country : participantCountry(d, scope);
    country = country != null ? country : discourse.lastCountry();
    return Location.named(place.name(), country == null ? null : Countries.name(country));
  }

  /**
   * No place named: the acting state's own country for its arrests, else the one other state the
   * sentence names, else the country in context.
   */
  private Location fallback(
      Draft d, List<ActorMention> sentenceActors, DocumentScope scope, Discourse discourse) {
    String country = participantCountry(d, scope);
    // A sentence that names one state only speaks of that state.
    country = country != null ? country : onlyOtherState(d, sentenceActors);
    country = country != null ? country : discourse.lastCountry();
    if (country == null) {
      return null;
    }
    String name = Countries.name(country);
    return Location.named(name, name);
  }

  /** The one state the sentence names besides the event's sides ("US drones"), or null. */
  private static String onlyOtherState(Draft d, List<ActorMention> sentenceActors) {
    Set<String> states = new TreeSet<>();
    for (ActorMention a : sentenceActors) {
      boolean side =
          d.actor1 != null && a.actor().id().equals(d.actor1.id())
              || d.actor2 != null && a.actor().id().equals(d.actor2.id());
      if (a.actor().kind() == ActorKind.STATE
          && a.actor().country() != null
          && !a.modifier()
          && !side) {
        states.add(a.actor().country());
      }
    }
    return states.size() == 1 ? states.iterator().next() : null;
  }

  /**
   * Where an event with no named place happens: an attack on a state's forces, in that state; a
   * state's own arrests, exercises and deployments, at home.
   */
  private static String participantCountry(Draft d, DocumentScope scope) {
    ActorRef ref = Draft.violent(d.type) ? d.actor2 : d.actor1;
    if (ref == null) {
      return null;
    }
    for (ActorMention m : scope.mentions()) {
      ActorKind kind = m.actor().kind();
      if (m.actor().id().equals(ref.id())
          && (kind == ActorKind.STATE || kind == ActorKind.STATE_FORCES)) {
        return m.actor().country();
      }
    }
    return null;
  }

  /** A capital names its state: the actor dictionary knows "Kabul" stands for Afghanistan. */
  private String capitalCountry(String placeName) {
    List<ActorMention> found = actors.find(placeName);
    if (found.size() == 1
        && found.get(0).actor().kind() == ActorKind.STATE
        && found.get(0).surface().equals(placeName)) {
      return found.get(0).actor().country();
    }
    return null;
  }
}
