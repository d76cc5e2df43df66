package org.sitrep.fuse;

import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Hand-made reports for fusion tests: a builder with one method per field that matters. */
final class Reports {
  static final ActorRef ISKP = new ActorRef("iskp", "Islamic State Khorasan Province");
  static final ActorRef IS = new ActorRef("is", "Islamic State");
  static final ActorRef IRGC = new ActorRef("irgc", "Islamic Revolutionary Guard Corps");
  static final ActorRef IRI = new ActorRef("iri", "Islamic Resistance in Iraq");
  static final ActorRef US = new ActorRef("us", "United States");
  static final ActorRef CIVILIANS = new ActorRef("civilians:IR", "Civilians (Iran)");

  private final String id;
  private final String document;
  private EventDate date = EventDate.UNKNOWN;
  private SubEventType type = SubEventType.ATTACK;
  private ActorRef actor1;
  private ActorRef actor2;
  private Location location;
  private Count fatalities;
  private List<ActorRef> claims = List.of();
  private String retaliationFor;

  private Reports(String document, int ordinal) {
    this.document = document;
    this.id = String.format("doc-%s-r%02d", document, ordinal);
  }

  /** A report of {@code document} with this ordinal. */
  static Reports report(String document, int ordinal) {
    return new Reports(document, ordinal);
  }

  Reports on(String iso) {
    DatePrecision precision =
        iso.length() == 4
            ? DatePrecision.YEAR
            : iso.length() == 7 && !iso.startsWith("--") ? DatePrecision.MONTH : DatePrecision.DAY;
    date = new EventDate(iso, null, precision, null);
    return this;
  }

  Reports type(SubEventType t) {
    type = t;
    return this;
  }

  Reports by(ActorRef a) {
    actor1 = a;
    return this;
  }

  Reports against(ActorRef a) {
    actor2 = a;
    return this;
  }

  Reports at(String place, String country) {
    location = Location.named(place, country);
    return this;
  }

  Reports at(String place, String country, double lat, double lon) {
    location = new Location(place, country, null, lat, lon, 1, null);
    return this;
  }

  Reports at(String place, String country, String admin1, double lat, double lon, int precision) {
    location = new Location(place, country, admin1, lat, lon, precision, null);
    return this;
  }

  Reports killed(int n, Count.Qualifier q) {
    fatalities = new Count(n, q);
    return this;
  }

  Reports claimedBy(ActorRef... actors) {
    claims = List.of(actors);
    return this;
  }

  Reports answering(String reportId) {
    retaliationFor = reportId;
    return this;
  }

  Report build() {
    return new Report(
        id,
        "doc-" + document,
        "evidence of " + id,
        new Span(0, 1),
        date,
        type,
        actor1,
        actor2,
        List.of(),
        location,
        fatalities,
        null,
        claims,
        Modality.ASSERTED,
        retaliationFor,
        0.9);
  }
}
