package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Claim;
import org.sitrep.model.Event.Fatalities;
import org.sitrep.model.Event.Field;
import org.sitrep.model.FusionStamp;
import org.sitrep.model.SubEventType;

/**
 * The rows fusion writes (events, their reports with fusion stamps, their claims) as {@link
 * SqliteDocumentStore} reads and writes them. Not thread-safe and not transactional on its own.
 */
final class EventRows {
  private final Connection connection;

  EventRows(Connection connection) {
    this.connection = connection;
  }

  /** Deletes {@code removed}, then writes {@code events} with their reports' stamps. */
  void saveFusion(List<String> removed, List<Event> events, Map<String, FusionStamp> stamps)
      throws SQLException {
    for (String id : removed) {
      delete(id);
    }
    for (Event e : events) {
      delete(e.id());
      insert(e, stamps);
    }
  }

  private void delete(String eventId) throws SQLException {
    // Explicit deletes, as for reports: replacing must not depend on the foreign_keys pragma.
    update("DELETE FROM event_claims WHERE event_id = ?", eventId);
    update("DELETE FROM event_reports WHERE event_id = ?", eventId);
    update("DELETE FROM events WHERE id = ?", eventId);
  }

  private void insert(Event e, Map<String, FusionStamp> stamps) throws SQLException {
    Fatalities f = e.fatalities();
    update(
        "INSERT INTO events (id, date, date_end, date_precision, date_after, sub_event_type,"
            + " actor1_id, actor1_name, actor2_id, actor2_name, location_name, location_country,"
            + " location_admin1, location_lat, location_lon, location_precision,"
            + " location_geonames_id, fatalities_low, fatalities_best, fatalities_high,"
            + " retaliation_for, documents, disagreements)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Statements.columns(
            e.id(),
            Statements.date(e.date()),
            e.subEventType().name(),
            Statements.actor(e.actor1()),
            Statements.actor(e.actor2()),
            Statements.location(e.location()),
            f == null ? null : f.low(),
            f == null ? null : f.best(),
            f == null ? null : f.high(),
            e.retaliationFor(),
            String.join(" ", e.documentIds()),
            String.join(" ", e.disagreements().stream().map(Field::name).toList())));
    for (String reportId : e.reportIds()) {
      FusionStamp stamp = stamps.get(reportId);
      if (stamp == null) {
        throw new IllegalArgumentException("no fusion stamp for report " + reportId);
      }
      update(
          "INSERT INTO event_reports (report_id, event_id, fingerprint, component)"
              + " VALUES (?, ?, ?, ?)",
          reportId,
          e.id(),
          stamp.fingerprint(),
          stamp.component());
    }
    for (int i = 0; i < e.claims().size(); i++) {
      Claim c = e.claims().get(i);
      update(
          "INSERT INTO event_claims (event_id, position, actor_id, actor_name, report_ids)"
              + " VALUES (?, ?, ?, ?, ?)",
          e.id(),
          i,
          c.actor().id(),
          c.actor().name(),
          String.join(" ", c.reportIds()));
    }
  }

  /** Every stored event, sorted by id. */
  List<Event> events() throws SQLException {
    Map<String, List<String>> reports = new HashMap<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT event_id, report_id FROM event_reports ORDER BY report_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    Map<String, List<Claim>> claims = new HashMap<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT event_id, actor_id, actor_name, report_ids FROM event_claims"
                    + " ORDER BY event_id, position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        claims
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new Claim(new ActorRef(rs.getString(2), rs.getString(3)), words(rs.getString(4))));
      }
    }
    List<Event> events = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM events ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        Integer low = ExtractionRows.integer(rs, "fatalities_low");
        events.add(
            new Event(
                id,
                reports.getOrDefault(id, List.of()),
                words(rs.getString("documents")),
                ExtractionRows.date(rs),
                SubEventType.valueOf(rs.getString("sub_event_type")),
                ExtractionRows.ref(rs, "actor1"),
                ExtractionRows.ref(rs, "actor2"),
                ExtractionRows.location(rs),
                low == null
                    ? null
                    : new Fatalities(
                        low, rs.getInt("fatalities_best"), rs.getInt("fatalities_high")),
                claims.getOrDefault(id, List.of()),
                rs.getString("retaliation_for"),
                words(rs.getString("disagreements")).stream().map(Field::valueOf).toList()));
      }
    }
    return events;
  }

  /** Report id to the stamp of its last fusion. */
  Map<String, FusionStamp> stamps() throws SQLException {
    Map<String, FusionStamp> stamps = new TreeMap<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT report_id, fingerprint, component FROM event_reports");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        stamps.put(rs.getString(1), new FusionStamp(rs.getString(2), rs.getString(3)));
      }
    }
    return stamps;
  }

  private static List<String> words(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
  }

  private void update(String sql, Object... parameters) throws SQLException {
    Statements.update(connection, sql, parameters);
  }
}
