package org.sitrep.spark;

import java.util.Map;

/**
 * The Parquet schemas of the job's datasets: the fields of the JSON Lines export ({@code
 * eval/EXPORT.md}) with their types. An event's {@code disagreements}, whose keys are report ids,
 * is kept as its JSON text.
 */
final class Schemas {
  private static final String ACTOR = "STRUCT<id: STRING, name: STRING>";
  private static final String LOCATION =
      "STRUCT<name: STRING, country: STRING, admin1: STRING, lat: DOUBLE, lon: DOUBLE,"
          + " precision: INT, geonames_id: BIGINT>";

  /** Dataset name to its schema, in DDL. */
  static final Map<String, String> DDL =
      Map.of(
          "documents",
          "id STRING, source STRING, url STRING, title STRING, author STRING, published STRING,"
              + " language STRING, text STRING, version INT, content_hash STRING",
          "reports",
          "id STRING, event_id STRING, document STRING, evidence STRING, span ARRAY<INT>,"
              + " date STRING, date_end STRING, date_precision STRING, date_after STRING,"
              + " event_type STRING, sub_event_type STRING, actor1 "
              + ACTOR
              + ", actor2 "
              + ACTOR
              + ", assoc_actors ARRAY<"
              + ACTOR
              + ">, location "
              + LOCATION
              + ", fatalities INT, fatalities_qualifier STRING, injuries INT,"
              + " injuries_qualifier STRING, claimed_by ARRAY<"
              + ACTOR
              + ">, modality STRING, retaliation_for STRING, confidence DOUBLE",
          "actors",
          "id STRING, name STRING, type STRING, country STRING, aliases ARRAY<STRING>,"
              + " parent STRING",
          "relations",
          "id STRING, subject "
              + ACTOR
              + ", object "
              + ACTOR
              + ", relation STRING, document STRING, evidence STRING, span ARRAY<INT>,"
              + " prior BOOLEAN",
          "events",
          "id STRING, reports ARRAY<STRING>, date STRING, date_end STRING, date_precision STRING,"
              + " event_type STRING, sub_event_type STRING, actor1 "
              + ACTOR
              + ", actor2 "
              + ACTOR
              + ", location "
              + LOCATION
              + ", fatalities STRUCT<low: INT, best: INT, high: INT>, claims ARRAY<STRUCT<actor: "
              + ACTOR
              + ", reports: ARRAY<STRING>>>, sources INT, documents ARRAY<STRING>,"
              + " retaliation_for STRING, disagreements STRING",
          "rejections",
          "origin STRING, source STRING, reason STRING, detail STRING");

  private Schemas() {}
}
