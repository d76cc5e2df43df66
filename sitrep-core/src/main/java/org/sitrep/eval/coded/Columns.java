package org.sitrep.eval.coded;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV header: the position of each column by its lower-case name. Values are read with missing
 * ones as null: an empty cell, or {@code NA} as some exports write it.
 */
final class Columns {
  private final Map<String, Integer> index = new HashMap<>();

  Columns(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      // A byte-order mark may stand before the first name.
      String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      index.putIfAbsent(name, i);
    }
  }

  /** Whether every one of {@code names} is a column. */
  boolean hasAll(String... names) {
    for (String name : names) {
      if (!index.containsKey(name)) {
        return false;
      }
    }
    return true;
  }

  /** The value of column {@code name} in {@code row}, stripped; null when missing or absent. */
  String get(List<String> row, String name) {
    Integer at = index.get(name);
    if (at == null || at >= row.size()) {
      return null;
    }
    String value = row.get(at);
    if (value == null) {
      return null;
    }
    value = value.strip();
    return value.isEmpty() || value.equals("NA") ? null : value;
  }

  /** The row's id in column {@code name}; {@code row<number>} when it has none. */
  String id(List<String> row, String name, int number) {
    String id = get(row, name);
    return id == null ? "row" + number : id;
  }

  /** The value of {@code name} as a whole number; null when missing or not a number. */
  Integer integer(List<String> row, String name) {
    String value = get(row, name);
    if (value == null) {
      return null;
    }
    try {
      // Some exports write counts as decimals ("3.0").
      return (int) Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
