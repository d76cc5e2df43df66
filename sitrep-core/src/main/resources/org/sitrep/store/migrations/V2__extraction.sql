-- What extraction read from documents: reports, the actors they name, relations between actors,
-- and which extractor version last read which document version.

-- One event as one document reports it. A document's reports are replaced as a whole each time
-- the document is extracted, so re-running extraction leaves the same rows. Actor references
-- keep the name they were resolved to and point at actors by id without a foreign key: an actor
-- may come from the registry and never be written here. Enumerations are stored by their Java
-- name (sub_event_type, qualifiers, modality, date_precision); the location columns are all null
-- when the report has no location.
CREATE TABLE reports (
  id                    TEXT PRIMARY KEY,
  document_id           TEXT NOT NULL REFERENCES documents (id),
  document_version      INTEGER NOT NULL,
  evidence              TEXT NOT NULL,
  span_begin            INTEGER NOT NULL,
  span_end              INTEGER NOT NULL,
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
  fatalities            INTEGER,
  fatalities_qualifier  TEXT,
  injuries              INTEGER,
  injuries_qualifier    TEXT,
  modality              TEXT NOT NULL,
  retaliation_for       TEXT,
  confidence            REAL NOT NULL,
  FOREIGN KEY (document_id, document_version) REFERENCES document_versions (document_id, version)
);

CREATE INDEX reports_document ON reports (document_id);

-- The list-valued actor references of a report, in order: role is 'assoc' (assoc_actors) or
-- 'claimed_by'.
CREATE TABLE report_actors (
  report_id   TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  role        TEXT NOT NULL,
  position    INTEGER NOT NULL,
  actor_id    TEXT NOT NULL,
  actor_name  TEXT NOT NULL,
  PRIMARY KEY (report_id, role, position)
);

-- Canonical actors. kind is the ActorKind's Java name; country an ISO 3166-1 alpha-2 code;
-- parent the id of the actor this one is a branch or unit of.
CREATE TABLE actors (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL,
  country  TEXT,
  parent   TEXT
);

-- Every name an actor is known by, surface forms met in text included. Aliases only accumulate:
-- a surface form once resolved to an actor stays evidence of that name.
CREATE TABLE actor_aliases (
  actor_id  TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias)
);

CREATE INDEX actor_aliases_alias ON actor_aliases (alias);

-- Actor-to-actor relations: part_of, backed_by, allied_with, adversary_of, leader_of. A relation
-- read from text names its document, evidence and span; prior = 1 marks one that came from the
-- registry's background knowledge rather than from any document.
CREATE TABLE relations (
  id           TEXT PRIMARY KEY,
  subject_id   TEXT NOT NULL,
  object_id    TEXT NOT NULL,
  relation     TEXT NOT NULL,
  document_id  TEXT REFERENCES documents (id),
  evidence     TEXT,
  span_begin   INTEGER,
  span_end     INTEGER,
  prior        INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX relations_document ON relations (document_id);

-- Which document version the stored reports of a document were read from, and by which
-- extractor version: a document needs extraction again when either has changed.
CREATE TABLE extractions (
  document_id        TEXT PRIMARY KEY REFERENCES documents (id),
  version            INTEGER NOT NULL,
  extractor_version  TEXT NOT NULL,
  extracted_at       TEXT NOT NULL,
  FOREIGN KEY (document_id, version) REFERENCES document_versions (document_id, version)
);
