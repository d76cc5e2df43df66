package org.sitrep.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Writes a store's events as ACLED's CSV: ACLED's columns, in ACLED's order, one row per fused
 * event, RFC 4180 (comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled), sorted by event id.
 *
 * <p>{@code iso} is the numeric ISO 3166 code and {@code region} ACLED's region of the country;
 * {@code timestamp} is when the event's newest document was stored (exports are byte-identical per
 * store, so no clock is read). Where Sitrep knows less than ACLED codes, the column is empty:
 * {@code admin2} and {@code admin3} (the gazetteer knows their codes, not their names), and {@code
 * source_scale} when no document's address says where it reports from ({@link SourceScales}). A
 * date without its year leaves {@code event_date} and {@code year} empty; a month or year is
 * written as its first day with {@code time_precision} 3. {@code inter1}, {@code inter2} and {@code
 * interaction} use ACLED's numeric actor codes. {@code notes} is composed from the reports'
 * evidence and names each document; {@code source} lists the documents; {@code fatalities} is the
 * best estimate and {@code tags} says how many sources there are and on what they disagree.
 */
public final class AcledCsvExporter {
  private static final CountryCodes COUNTRIES = CountryCodes.bundled();
  private static final SourceScales SCALES = SourceScales.bundled(COUNTRIES);

  /** ACLED's column names, in ACLED's order. */
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  /**
   * Writes the events of {@code store} to {@code file}, replacing it; a reader never sees half a
   * file.
   *
   * @return the number of event rows written
   * @throws UncheckedIOException when the file cannot be written
   */
  public int export(DocumentStore store, Path file) {
    Lookup lookup = Lookup.of(store);
    List<Event> events = store.events().stream().sorted(Comparator.comparing(Event::id)).toList();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        write(events, lookup, out);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return events.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + file, e);
    }
  }

  /**
   * Writes the header and one row per event of {@code events}, in their order, to {@code out} (left
   * open): the export's format for any selection of events, such as the server's.
   *
   * @throws IOException when {@code out} fails
   */
  public void write(List<Event> events, Lookup lookup, Writer out) throws IOException {
    writeRow(out, COLUMNS);
    for (Event e : events) {
      writeRow(out, row(e, lookup));
    }
  }

  /** Each event's values in {@link #COLUMNS} order, by event id, in the order of {@code events}. */
  static Map<String, List<String>> rows(List<Event> events, Lookup lookup) {
    Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
    events.forEach(e -> rows.put(e.id(), row(e, lookup)));
    return rows;
  }

  private static List<String> row(Event e, Lookup lookup) {
    return row(
        e, lookup.reports(), lookup.sources(), lookup.kinds(), lookup.ingested(), lookup.urls());
  }

  /**
   * What the rows need besides the events, gathered once from a store.
   *
   * @param reports report id to report
   * @param sources document id to its source name
   * @param kinds actor id to its kind
   * @param ingested document id to when its current version was stored (ISO 8601 instant)
   * @param urls document id to the address it came from, for those that have one
   */
  public record Lookup(
      Map<String, Report> reports,
      Map<String, String> sources,
      Map<String, ActorKind> kinds,
      Map<String, String> ingested,
      Map<String, String> urls) {
    public Lookup {
      reports = Map.copyOf(reports);
      sources = Map.copyOf(sources);
      kinds = Map.copyOf(kinds);
      ingested = Map.copyOf(ingested);
      urls = Map.copyOf(urls);
    }

    /** The lookup of everything {@code store} holds. */
    public static Lookup of(DocumentStore store) {
      return of(store.documents(), store.reports(), store.actors());
    }

    /** The lookup of these documents, reports and actors. */
    public static Lookup of(
        List<StoredDocument> documents, List<Report> reports, List<Actor> actors) {
      Map<String, String> sources = new HashMap<>();
      Map<String, String> ingested = new HashMap<>();
      Map<String, String> urls = new HashMap<>();
      for (StoredDocument d : documents) {
        sources.put(d.id(), d.source());
        ingested.put(d.id(), d.ingestedAt());
        if (d.metadata().url() != null) {
          urls.put(d.id(), d.metadata().url());
        }
      }
      Map<String, Report> byId = new HashMap<>();
      reports.forEach(r -> byId.put(r.id(), r));
      Map<String, ActorKind> kinds = new HashMap<>();
      actors.forEach(a -> kinds.put(a.id(), a.kind()));
      return new Lookup(byId, sources, kinds, ingested, urls);
    }
  }

  private static List<String> row(
      Event e,
      Map<String, Report> reports,
      Map<String, String> sources,
      Map<String, ActorKind> kinds,
      Map<String, String> ingested,
      Map<String, String> urls) {
    List<Report> members = e.reportIds().stream().map(reports::get).filter(r -> r != null).toList();
    Integer inter1 = inter(e.actor1(), kinds);
    Integer inter2 = inter(e.actor2(), kinds);
    String date = e.date().iso();
    boolean dated = date != null && !date.startsWith("--");
    List<String> row = new ArrayList<>();
    row.add(e.id());
    row.add(dated ? firstDay(date) : "");
    row.add(dated ? date.substring(0, 4) : "");
    row.add(timePrecision(e));
    row.add(disorderType(e.subEventType()));
    row.add(e.eventType().label());
    row.add(e.subEventType().label());
    row.add(name(e.actor1()));
    row.add(assoc(members, 1, e));
    row.add(inter1 == null ? "" : inter1.toString());
    row.add(name(e.actor2()));
    row.add(assoc(members, 2, e));
    row.add(inter2 == null ? "" : inter2.toString());
    row.add(interaction(inter1, inter2));
    row.add(civilianTargeting(e, kinds) ? "Civilian targeting" : "");
    String country = e.location() == null ? null : e.location().country();
    CountryCodes.Codes codes = COUNTRIES.of(country).orElse(new CountryCodes.Codes(null, null));
    row.add(codes.iso() == null ? "" : codes.iso().toString());
    row.add(codes.region() == null ? "" : codes.region());
    row.add(country == null ? "" : country);
    row.add(e.location() == null || e.location().admin1() == null ? "" : e.location().admin1());
    row.add("");
    row.add("");
    row.add(e.location() == null || e.location().name() == null ? "" : e.location().name());
    row.add(
        e.location() == null || e.location().lat() == null ? "" : e.location().lat().toString());
    row.add(
        e.location() == null || e.location().lon() == null ? "" : e.location().lon().toString());
    row.add(
        e.location() == null || e.location().precision() == null
            ? ""
            : e.location().precision().toString());
    row.add(
        String.join("; ", e.documentIds().stream().map(d -> sources.getOrDefault(d, d)).toList()));
    row.add(
        SCALES.combined(
            e.documentIds().stream().map(urls::get).filter(u -> u != null).toList(), country));
    row.add(notes(e, members, sources));
    row.add(Integer.toString(e.fatalities() == null ? 0 : e.fatalities().best()));
    row.add(tags(e));
    row.add(timestamp(e, ingested));
    return row;
  }

  /**
   * ACLED's timestamp (Unix seconds of the row's last change): when the newest document of the
   * event was stored. Read from the store, not the clock, so exports of one store stay identical.
   */
  private static String timestamp(Event e, Map<String, String> ingested) {
    long latest = -1;
    for (String document : e.documentIds()) {
      String at = ingested.get(document);
      if (at != null) {
        try {
          latest = Math.max(latest, java.time.Instant.parse(at).getEpochSecond());
        } catch (java.time.format.DateTimeParseException ignored) {
          // a store written by hand: no timestamp rather than a wrong one
        }
      }
    }
    return latest < 0 ? "" : Long.toString(latest);
  }

  private static String firstDay(String iso) {
    return iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso;
  }

  /** ACLED's time_precision: 1 the day, 2 within a week, 3 within a month (or vaguer). */
  private static String timePrecision(Event e) {
    String iso = e.date().iso();
    if (iso != null && !iso.startsWith("--") && iso.length() < 10) {
      return "3"; // a month or a year, whatever precision was recorded
    }
    if (e.date().precision() == null) {
      return iso != null && iso.length() == 10 ? "1" : "";
    }
    return switch (e.date().precision()) {
      case DAY -> "1";
      case WEEK -> "2";
      case MONTH, YEAR -> "3";
    };
  }

  private static String disorderType(SubEventType sub) {
    if (sub == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        || sub == SubEventType.MOB_VIOLENCE) {
      return "Political violence; Demonstrations";
    }
    EventType type = sub.type();
    return switch (type) {
      case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
      case PROTESTS, RIOTS -> "Demonstrations";
      case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
    };
  }

  /** ACLED's numeric actor codes; null for a person or an unknown actor. */
  private static Integer inter(ActorRef ref, Map<String, ActorKind> kinds) {
    if (ref == null) {
      return null;
    }
    if (ref.id().startsWith("civilians")) {
      return 7;
    }
    ActorKind kind = kinds.get(ref.id());
    if (kind == null) {
      // ACLED codes armed men nobody names as a political militia.
      return ref.name().toLowerCase(java.util.Locale.ROOT).startsWith("unidentified armed group")
          ? 3
          : null;
    }
    return switch (kind) {
      case STATE, STATE_FORCES -> 1;
      case REBEL_GROUP -> 2;
      case POLITICAL_MILITIA -> 3;
      case IDENTITY_MILITIA -> 4;
      case RIOTERS -> 5;
      case PROTESTERS -> 6;
      case CIVILIANS -> 7;
      case EXTERNAL_FORCES, ALLIANCE, ORGANIZATION -> 8;
      case PERSON -> null;
    };
  }

  private static String interaction(Integer inter1, Integer inter2) {
    if (inter1 == null) {
      return "";
    }
    if (inter2 == null) {
      return Integer.toString(inter1 * 10);
    }
    return Integer.toString(Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2));
  }

  private static boolean civilianTargeting(Event e, Map<String, ActorKind> kinds) {
    Integer target = inter(e.actor2(), kinds);
    return target != null && target == 7 && e.eventType() != EventType.PROTESTS;
  }

  /** Associated actors of one side across the reports, the side's own actor left out. */
  private static String assoc(List<Report> members, int side, Event e) {
    Set<String> names = new LinkedHashSet<>();
    ActorRef own = side == 1 ? e.actor1() : e.actor2();
    for (Report r : members) {
      ActorRef actor = side == 1 ? r.actor1() : r.actor2();
      if (actor != null && (own == null || !own.id().equals(actor.id()))) {
        names.add(actor.name());
      }
    }
    return String.join("; ", names);
  }

  /**
   * ACLED's notes: what happened, from the evidence of each report with its document, then the
   * figures and claims across them.
   */
  private static String notes(Event e, List<Report> members, Map<String, String> sources) {
    StringBuilder notes = new StringBuilder();
    if (e.date().known()) {
      notes.append("On ").append(e.date().iso()).append(": ");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Report r : members) {
      String evidence = r.evidence().strip().replaceAll("\\s+", " ");
      if (seen.add(evidence)) {
        notes.append(evidence);
        notes
            .append(" [")
            .append(sources.getOrDefault(r.documentId(), r.documentId()))
            .append("] ");
      }
    }
    if (e.fatalities() != null && e.fatalities().low() != e.fatalities().high()) {
      notes
          .append("Fatalities reported range from ")
          .append(e.fatalities().low())
          .append(" to ")
          .append(e.fatalities().high())
          .append(". ");
    }
    for (Event.Claim c : e.claims()) {
      notes
          .append("Claimed by ")
          .append(c.actor().name())
          .append(" (")
          .append(c.reportIds().size())
          .append(c.reportIds().size() == 1 ? " report). " : " reports). ");
    }
    return notes.toString().strip();
  }

  private static String tags(Event e) {
    List<String> tags = new ArrayList<>();
    tags.add("sources=" + e.sources());
    if (!e.disagreements().isEmpty()) {
      tags.add(
          "disputed="
              + String.join(",", e.disagreements().stream().map(Event.Field::code).toList()));
    }
    return String.join("; ", tags);
  }

  private static String name(ActorRef ref) {
    return ref == null ? "" : ref.name();
  }

  private static void writeRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(CsvCell.safe(fields.get(i))));
    }
    out.write("\r\n");
  }

  /** A field as RFC 4180 writes it: quoted, quotes doubled, when it holds , " CR or LF. */
  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
