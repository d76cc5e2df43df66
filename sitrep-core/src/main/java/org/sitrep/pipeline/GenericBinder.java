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
    List<ActorRef> assoc = new ArrayList<>();
    report.assocActors().forEach(a -> assoc.add(bind(crowd.apply(a), where)));
    List<ActorRef> claimed = new ArrayList<>();
    report.claimedBy().forEach(a -> claimed.add(bind(a, where)));
    return report.withActors(
        bind(crowd.apply(report.actor1() != null ? report.actor1() : byConvention(type)), where),
        bind(crowd.apply(report.actor2()), where),
        assoc,
        claimed);
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
