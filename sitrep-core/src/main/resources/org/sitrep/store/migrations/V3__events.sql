-- Fused events: one row per real-world event, the reports fused into it, and its claims.
-- Fusion rewrites only the events whose reports changed; event_reports records, per report, the
-- fingerprint it was fused with (a re-extracted report that reads differently is fused again) and
-- its linked component (the smallest report id in it: when one report of a component changes or
-- goes, the whole component is clustered again). There is no foreign key to reports: a document's reports are replaced on re-extraction,
-- and the dangling rows are what tells fusion which events lost a report.
CREATE TABLE events (
  id                    TEXT PRIMARY KEY,
  date                  TEXT,
  date_end              TEXT,
  date_precision        TEXT,
  date_after            TEXT,
  sub_event_type        TEXT NOT NULL,
  actor1_id             TEXT,
  actor1_name           TEXT,
  actor2_id             TEXT,
  actor2_name           TEXT,
  location_name         TEXT,
  location_country      TEXT,
  location_admin1       TEXT,
  location_lat          REAL,
  location_lon          REAL,
  location_precision    INTEGER,
  location_geonames_id  INTEGER,
  fatalities_low        INTEGER,
  fatalities_best       INTEGER,
  fatalities_high       INTEGER,
  retaliation_for       TEXT,
  -- the ids of the distinct documents, space-separated and sorted
  documents             TEXT NOT NULL,
  -- Event.Field names on which the reports differ, space-separated
  disagreements         TEXT NOT NULL
);

CREATE TABLE event_reports (
  report_id    TEXT PRIMARY KEY,
  event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  fingerprint  TEXT NOT NULL,
  component    TEXT NOT NULL
);

CREATE INDEX event_reports_event ON event_reports (event_id);

-- Claims of responsibility, in the event's order; report_ids space-separated and sorted.
CREATE TABLE event_claims (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  actor_id    TEXT NOT NULL,
  actor_name  TEXT NOT NULL,
  report_ids  TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
);
