package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * The rows extraction writes (reports, actors and their aliases, relations) as {@link
 * SqliteDocumentStore} reads and writes them. Not thread-safe and not transactional on its own: the
 * store serialises calls and wraps writes in its transactions.
 */
final class ExtractionRows {
  private static final String ASSOC = "assoc";
  private static final String CLAIMED_BY = "claimed_by";

  private static final String REPORT_COLUMNS =
      "id, document_id, evidence, span_begin, span_end, date, date_end, date_precision,"
          + " date_after, sub_event_type, actor1_id, actor1_name, actor2_id, actor2_name,"
          + " location_name, location_country, location_admin1, location_lat, location_lon,"
          + " location_precision, location_geonames_id, fatalities, fatalities_qualifier,"
          + " injuries, injuries_qualifier, modality, retaliation_for, confidence";

  private final Connection connection;

  ExtractionRows(Connection connection) {
    this.connection = connection;
  }

  /**
   * Replaces the reports and text relations of {@code documentId} by {@code reports} and the text
   * relations among {@code relations}, read from its {@code version}; upserts {@code actors},
   * merging their aliases into those already stored; adds the prior relations among {@code
   * relations} whose two actors are stored (each once, by id).
   */
  void saveExtraction(
      String documentId,
      int version,
      List<Report> reports,
      List<Actor> actors,
      List<Relation> relations)
      throws SQLException {
    for (Report report : reports) {
      if (!report.documentId().equals(documentId)) {
        throw new IllegalArgumentException(
            "report " + report.id() + " is of " + report.documentId() + ", not " + documentId);
      }
    }
    for (Relation relation : relations) {
      if (!relation.prior() && !relation.documentId().equals(documentId)) {
        throw new IllegalArgumentException(
            "relation "
                + relation.id()
                + " is of "
                + relation.documentId()
                + ", not "
                + documentId);
      }
    }
    // Explicit deletes rather than ON DELETE CASCADE, so that replacing does not depend on the
    // connection's foreign_keys pragma.
    update(
        "DELETE FROM report_actors WHERE report_id IN"
            + " (SELECT id FROM reports WHERE document_id = ?)",
        documentId);
    update("DELETE FROM reports WHERE document_id = ?", documentId);
    for (Report report : reports) {
      insertReport(report, version);
    }
    for (Actor actor : actors) {
      upsertActor(actor);
    }
    update("DELETE FROM relations WHERE document_id = ? AND prior = 0", documentId);
    for (Relation relation : relations) {
      insertRelation(relation);
    }
  }

  /**
   * A text relation replaces any row with its id; a prior one is added only once, and only when the
   * store knows both its actors, so that prior knowledge stays about the actors read so far.
   */
  private void insertRelation(Relation r) throws SQLException {
    String columns =
        "relations (id, subject_id, object_id, relation, document_id, evidence, span_begin,"
            + " span_end, prior)";
    if (r.prior()) {
      update(
          "INSERT OR IGNORE INTO "
              + columns
              + " SELECT ?, ?, ?, ?, NULL, NULL, NULL, NULL, 1"
              + " WHERE EXISTS (SELECT 1 FROM actors WHERE id = ?)"
              + " AND EXISTS (SELECT 1 FROM actors WHERE id = ?)",
          r.id(),
          r.subject().id(),
          r.object().id(),
          r.type().code(),
          r.subject().id(),
          r.object().id());
    } else {
      update(
          "INSERT OR REPLACE INTO " + columns + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
          r.id(),
          r.subject().id(),
          r.object().id(),
          r.type().code(),
          r.documentId(),
          r.evidence(),
          r.span().begin(),
          r.span().end());
    }
  }

  private void insertReport(Report r, int version) throws SQLException {
    update(
        "INSERT INTO reports (id, document_id, document_version, evidence, span_begin, span_end,"
            + " date, date_end, date_precision, date_after, sub_event_type, actor1_id,"
            + " actor1_name, actor2_id, actor2_name, location_name, location_country,"
            + " location_admin1, location_lat, location_lon, location_precision,"
            + " location_geonames_id, fatalities, fatalities_qualifier, injuries,"
            + " injuries_qualifier, modality, retaliation_for, confidence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)",
        Statements.columns(
            r.id(),
            r.documentId(),
            version,
            r.evidence(),
            r.span().begin(),
            r.span().end(),
            Statements.date(r.date()),
            r.subEventType().name(),
            Statements.actor(r.actor1()),
            Statements.actor(r.actor2()),
            Statements.location(r.location()),
            r.fatalities() == null ? null : r.fatalities().value(),
            r.fatalities() == null ? null : r.fatalities().qualifier().name(),
            r.injuries() == null ? null : r.injuries().value(),
            r.injuries() == null ? null : r.injuries().qualifier().name(),
            r.modality().name(),
            r.retaliationFor(),
            r.confidence()));
    insertActorRefs(r.id(), ASSOC, r.assocActors());
    insertActorRefs(r.id(), CLAIMED_BY, r.claimedBy());
  }

  private void insertActorRefs(String reportId, String role, List<ActorRef> refs)
      throws SQLException {
    for (int i = 0; i < refs.size(); i++) {
      update(
          "INSERT INTO report_actors (report_id, role, position, actor_id, actor_name)"
              + " VALUES (?, ?, ?, ?, ?)",
          reportId,
          role,
          i,
          refs.get(i).id(),
          refs.get(i).name());
    }
  }

  private void upsertActor(Actor actor) throws SQLException {
    String previousName = null;
    try (PreparedStatement ps = prepare("SELECT name FROM actors WHERE id = ?", actor.id());
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        previousName = rs.getString(1);
      }
    }
    // Known facts are not erased by an extraction that does not know them.
    update(
        "INSERT INTO actors (id, name, kind, country, parent) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
            + " country = COALESCE(excluded.country, actors.country),"
            + " parent = COALESCE(excluded.parent, actors.parent)",
        actor.id(),
        actor.name(),
        actor.kind().name(),
        actor.country(),
        actor.parent());
    List<String> aliases = new ArrayList<>(actor.aliases());
    if (previousName != null && !previousName.equals(actor.name())) {
      // A renamed actor is still known by its old name; dropping it would lose a resolution.
      aliases.add(previousName);
    }
    for (String alias : aliases) {
      update(
          "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", actor.id(), alias);
    }
  }

  /** Every stored report, sorted by id. */
  List<Report> reports() throws SQLException {
    Map<String, List<ActorRef>> assoc = new HashMap<>();
    Map<String, List<ActorRef>> claimedBy = new HashMap<>();
    try (PreparedStatement ps =
            prepare(
                "SELECT report_id, role, actor_id, actor_name FROM report_actors"
                    + " ORDER BY report_id, role, position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Map<String, List<ActorRef>> byReport = ASSOC.equals(rs.getString(2)) ? assoc : claimedBy;
        byReport
            .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
            .add(new ActorRef(rs.getString(3), rs.getString(4)));
      }
    }
    List<Report> reports = new ArrayList<>();
    try (PreparedStatement ps = prepare("SELECT " + REPORT_COLUMNS + " FROM reports ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        reports.add(
            new Report(
                id,
                rs.getString("document_id"),
                rs.getString("evidence"),
                new Span(rs.getInt("span_begin"), rs.getInt("span_end")),
                date(rs),
                SubEventType.valueOf(rs.getString("sub_event_type")),
                ref(rs, "actor1"),
                ref(rs, "actor2"),
                assoc.getOrDefault(id, List.of()),
                location(rs),
                count(rs, "fatalities"),
                count(rs, "injuries"),
                claimedBy.getOrDefault(id, List.of()),
                Modality.valueOf(rs.getString("modality")),
                rs.getString("retaliation_for"),
                rs.getDouble("confidence")));
      }
    }
    return reports;
  }

  /** The four date columns of the current row. */
  static EventDate date(ResultSet rs) throws SQLException {
    return new EventDate(
        rs.getString("date"),
        rs.getString("date_end"),
        enumOrNull(DatePrecision.class, rs.getString("date_precision")),
        rs.getString("date_after"));
  }

  static ActorRef ref(ResultSet rs, String prefix) throws SQLException {
    String id = rs.getString(prefix + "_id");
    return id == null ? null : new ActorRef(id, rs.getString(prefix + "_name"));
  }

  static Location location(ResultSet rs) throws SQLException {
    Location location =
        new Location(
            rs.getString("location_name"),
            rs.getString("location_country"),
            rs.getString("location_admin1"),
            real(rs, "location_lat"),
            real(rs, "location_lon"),
            integer(rs, "location_precision"),
            whole(rs, "location_geonames_id"));
    // A location with nothing in it is stored as all nulls and so reads back as no location.
    return location.equals(new Location(null, null, null, null, null, null, null))
        ? null
        : location;
  }

  static Count count(ResultSet rs, String column) throws SQLException {
    Integer value = integer(rs, column);
    return value == null
        ? null
        : new Count(value, Count.Qualifier.valueOf(rs.getString(column + "_qualifier")));
  }

  // The nullable readers below (shared with EventRows) use wasNull because getObject(column,
  // Integer.class) reads NULL
  // as 0 in some driver versions.
  static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  static Long whole(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Double real(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  /** Every stored actor, sorted by id, with its aliases sorted. */
  List<Actor> actors() throws SQLException {
    Map<String, TreeSet<String>> aliases = new HashMap<>();
    try (PreparedStatement ps = prepare("SELECT actor_id, alias FROM actor_aliases");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        aliases.computeIfAbsent(rs.getString(1), id -> new TreeSet<>()).add(rs.getString(2));
      }
    }
    List<Actor> actors = new ArrayList<>();
    try (PreparedStatement ps =
            prepare("SELECT id, name, kind, country, parent FROM actors ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        actors.add(
            new Actor(
                id,
                rs.getString(2),
                ActorKind.valueOf(rs.getString(3)),
                rs.getString(4),
                List.copyOf(aliases.getOrDefault(id, new TreeSet<>())),
                rs.getString(5)));
      }
    }
    return actors;
  }

  /** Every stored relation, sorted by id, its actors named as stored. */
  List<Relation> relations() throws SQLException {
    List<Relation> relations = new ArrayList<>();
    try (PreparedStatement ps =
            prepare(
                "SELECT r.id, r.subject_id, COALESCE(s.name, r.subject_id), r.object_id,"
                    + " COALESCE(o.name, r.object_id), r.relation, r.document_id, r.evidence,"
                    + " r.span_begin AS span_begin, r.span_end AS span_end, r.prior FROM relations r"
                    + " LEFT JOIN actors s ON s.id = r.subject_id"
                    + " LEFT JOIN actors o ON o.id = r.object_id ORDER BY r.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Integer begin = integer(rs, "span_begin");
        Integer end = integer(rs, "span_end");
        relations.add(
            new Relation(
                rs.getString(1),
                new ActorRef(rs.getString(2), rs.getString(3)),
                RelationType.ofCode(rs.getString(6)),
                new ActorRef(rs.getString(4), rs.getString(5)),
                rs.getString(7),
                rs.getString(8),
                begin == null || end == null ? null : new Span(begin, end),
                rs.getInt(11) != 0));
      }
    }
    return relations;
  }

  /** Records that {@code version} of {@code documentId} was read by {@code extractorVersion}. */
  void markExtracted(String documentId, int version, String extractorVersion, String now)
      throws SQLException {
    update(
        "INSERT INTO extractions (document_id, version, extractor_version, extracted_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET"
            + " version = excluded.version, extractor_version = excluded.extractor_version,"
            + " extracted_at = excluded.extracted_at",
        documentId,
        version,
        extractorVersion,
        now);
  }

  private void update(String sql, Object... parameters) throws SQLException {
    Statements.update(connection, sql, parameters);
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    return Statements.prepare(connection, sql, parameters);
  }
}
