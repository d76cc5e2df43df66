package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;

/**
 * Prepared statements with positional parameters, and the column values of the model's shared parts
 * (a date, an actor reference, a location) in the order every table stores them.
 */
final class Statements {
  private Statements() {}

  /** Runs an insert, update or delete with {@code parameters} bound in order. */
  static void update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement ps = prepare(connection, sql, parameters)) {
      ps.executeUpdate();
    }
  }

  /** A statement with {@code parameters} bound in order; the caller closes it. */
  static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
    return ps;
  }

  /**
   * {@code values} as statement parameters, each {@link Columns} spread out in place: {@code
   * columns(id, date(d), actor(a))} gives id, the four date columns, the two actor columns.
   */
  static Object[] columns(Object... values) {
    List<Object> flat = new ArrayList<>();
    for (Object value : values) {
      if (value instanceof Columns group) {
        flat.addAll(group.values());
      } else {
        flat.add(value);
      }
    }
    return flat.toArray();
  }

  /** Several columns that stand for one value of the model. */
  record Columns(List<Object> values) {}

  /** {@code date, date_end, date_precision, date_after}. */
  static Columns date(EventDate date) {
    return new Columns(
        nullable(
            date.iso(),
            date.isoEnd(),
            date.precision() == null ? null : date.precision().name(),
            date.after()));
  }

  /** {@code *_id, *_name}, both null for no actor. */
  static Columns actor(ActorRef ref) {
    return new Columns(ref == null ? nullable(null, null) : nullable(ref.id(), ref.name()));
  }

  /** The seven {@code location_*} columns, all null for no location. */
  static Columns location(Location l) {
    return new Columns(
        l == null
            ? nullable(null, null, null, null, null, null, null)
            : nullable(
                l.name(),
                l.country(),
                l.admin1(),
                l.lat(),
                l.lon(),
                l.precision(),
                l.geonamesId()));
  }

  private static List<Object> nullable(Object... values) {
    // List.of refuses nulls; columns are often null.
    return java.util.Arrays.asList(values);
  }
}
