package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sitrep.extract.Countries;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventType;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.resolve.ActorResolver;

/**
 * Gives ACLED's generic actors their country once a document is read: "protesters" in a report
 * placed in Kenya become "Protesters (Kenya)", "police" become "Police Forces of Kenya". The
 * report's own country comes first; else the document's, the country its named actors belong to
 * most often.
 */
final class GenericBinder {
  /** The id extraction gives an unnamed group it infers from context ("by gunmen"). */
  private static final String UNNAMED = "new:unidentified-armed-group";

  private static final String PROTESTERS = "protesters";
  private static final String RIOTERS = "rioters";

  private final ActorResolver resolver;
  private final Map<String, String> codesByName;

  GenericBinder(ActorResolver resolver) {
    this.resolver = resolver;
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      codes.put(Countries.name(code).toLowerCase(Locale.ROOT), code);
      codes.put(
          new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    this.codesByName = Map.copyOf(codes);
  }

  /**
   * The document's country for binding: the one its text is most about ({@link
   * ActorResolver#countries}), else the one its reports are placed in most often; null when neither
   * says.
   */
  String home(String text, List<Report> reports) {
    List<String> countries = resolver.countries(text);
    if (!countries.isEmpty()) {
      return countries.get(0);
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Report r : reports) {
      String code = r.location() == null ? null : code(r.location().country());
      if (code != null) {
        int n = counts.merge(code, 1, Integer::sum);
        best = best == null || n > counts.get(best) ? code : best;
      }
    }
    return best;
  }

  /**
   * {@code report} with every generic actor bound to its country, or to {@code home}. As ACLED
   * codes them, a crowd in a riot is "Rioters" and one at a protest "Protesters", whatever noun the
   * text used.
   */
  Report bind(Report report, String home) {
    String country = report.location() == null ? null : code(report.location().country());
    String where = country != null ? country : home;
    EventType type = report.subEventType().type();
    UnaryOperator<ActorRef> crowd =
        ref -> {
          if (ref == null) {
            return null;
          }
          int colon = ref.id().indexOf(':');
          String slug = colon < 0 ? ref.id() : ref.id().substring(0, colon);
          String bound = colon < 0 ? "" : ref.id().substring(colon);
          if (type == EventType.RIOTS && slug.equals(PROTESTERS)) {
            return new ActorRef(RIOTERS + bound, ref.name());
          }
          if (type == EventType.PROTESTS && slug.equals(RIOTERS)) {
            return new ActorRef(PROTESTERS + bound, ref.name());
          }
          return ref;
        };
    ActorRef actor1 = report.actor1();
    ActorRef actor2 = report.actor2();
    List<ActorRef> named = new ArrayList<>(report.assocActors());
    if (demonstration(report.subEventType()) && actor1 != null && !isCrowd(actor1, where)) {
      // ACLED codes a demonstration's initiator as the crowd, whoever organised it: a party, a
      // union or a community goes beside it as an associated actor, and a state force that acted
      // is the other side.
      if (isStateForce(actor1, where) && (actor2 == null || isCrowd(actor2, where))) {
        actor2 = actor1;
      } else if (!named.contains(actor1)) {
        named.add(0, actor1);
      }
      actor1 = null;
    }
    List<ActorRef> assoc = new ArrayList<>();
    named.forEach(a -> assoc.add(bind(crowd.apply(a), where)));
    List<ActorRef> claimed = new ArrayList<>();
    report.claimedBy().forEach(a -> claimed.add(bind(a, where)));
    return report.withActors(
        bind(crowd.apply(actor1 != null ? actor1 : byConvention(type)), where),
        bind(crowd.apply(actor2), where),
        assoc,
        claimed);
  }

  /**
   * Whether ACLED codes the crowd as the initiator of this sub-type: every protest and riot but
   * excessive force against protesters, whose initiator is the force.
   */
  private static boolean demonstration(SubEventType type) {
    return (type.type() == EventType.PROTESTS || type.type() == EventType.RIOTS)
        && type != SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
  }

  private boolean isCrowd(ActorRef ref, String country) {
    ActorKind kind = kind(ref, country);
    return kind == ActorKind.PROTESTERS || kind == ActorKind.RIOTERS;
  }

  private boolean isStateForce(ActorRef ref, String country) {
    ActorKind kind = kind(ref, country);
    return kind == ActorKind.STATE_FORCES || kind == ActorKind.STATE;
  }

  /**
   * The kind of the actor {@code ref} names, in the registry or generic (bound to {@code country}
   * when not bound yet); null when unknown.
   */
  private ActorKind kind(ActorRef ref, String country) {
    String id = ref.id();
    int colon = id.indexOf(':');
    String slug = colon < 0 ? id : id.substring(0, colon);
    if (slug.equals(PROTESTERS)) {
      return ActorKind.PROTESTERS;
    }
    if (slug.equals(RIOTERS)) {
      return ActorKind.RIOTERS;
    }
    return resolver
        .registry()
        .actor(id)
        .or(() -> id.equals(UNNAMED) ? Optional.empty() : actor(id, country))
        .map(Actor::kind)
        .orElse(null);
  }

  /**
   * The initiator ACLED codes when a report names none: a protest's are "Protesters", a riot's
   * "Rioters", and violence by nobody named is an "Unidentified Armed Group"'s. A strategic
   * development keeps none: it has no such convention.
   */
  private static ActorRef byConvention(EventType type) {
    return switch (type) {
      case PROTESTS -> new ActorRef(PROTESTERS, "Protesters");
      case RIOTS -> new ActorRef(RIOTERS, "Rioters");
      case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS ->
          new ActorRef(UNNAMED, "Unidentified Armed Group");
      case STRATEGIC_DEVELOPMENTS -> null;
    };
  }

  /** Whether {@code id} is a generic actor not yet bound to a country. */
  boolean unbound(String id) {
    return id.equals(UNNAMED) || (!id.contains(":") && resolver.isGeneric(id));
  }

  /** Whether any actor of {@code report} is a generic actor not yet bound to a country. */
  boolean unbound(Report report) {
    if (report.actor1() == null && byConvention(report.subEventType().type()) != null) {
      return true;
    }
    if (demonstration(report.subEventType()) && !isCrowd(report.actor1(), null)) {
      return true; // its crowd takes the initiator's place, bound to a country
    }
    List<ActorRef> refs = new ArrayList<>(report.assocActors());
    refs.addAll(report.claimedBy());
    refs.add(report.actor1());
    refs.add(report.actor2());
    return refs.stream().anyMatch(r -> r != null && unbound(r.id()));
  }

  /** The generic actor {@code id}, bound to {@code country} when it is not bound yet. */
  Optional<Actor> actor(String id, String country) {
    String slug = id.equals(UNNAMED) ? "unidentified-armed-group" : id;
    return slug.contains(":") ? resolver.bind(slug, null) : resolver.bind(slug, country);
  }

  private ActorRef bind(ActorRef ref, String country) {
    if (ref == null) {
      return null;
    }
    if (ref.id().contains(":") && !ref.id().equals(UNNAMED)) {
      // Already bound; rebinding keeps the country and fixes a crowd's name.
      return resolver.isGeneric(ref.id()) ? actor(ref.id(), null).map(Actor::ref).orElse(ref) : ref;
    }
    return actor(ref.id(), country).map(Actor::ref).orElse(ref);
  }

  private String code(String countryName) {
    if (countryName == null) {
      return null;
    }
    String code = codesByName.get(countryName.toLowerCase(Locale.ROOT));
    if (code != null) {
      return code;
    }
    return resolver
        .resolve(countryName)
        .filter(a -> a.kind() == ActorKind.STATE)
        .map(Actor::country)
        .orElse(null);
  }
}
