-- A document is one article, known by its origin (a file's absolute path, or jsonl: and a
-- record's id). Each distinct content of it is a version; the current version is what
-- extraction and exports read.
CREATE TABLE documents (
  id              TEXT PRIMARY KEY,
  origin          TEXT NOT NULL UNIQUE,
  source          TEXT NOT NULL,
  current_version INTEGER NOT NULL,
  first_ingested  TEXT NOT NULL,
  last_ingested   TEXT NOT NULL
);

CREATE INDEX documents_source ON documents (source);

-- raw holds the original bytes, deflate-compressed, so that re-cleaning never needs the source.
-- A content hash is stored once: the same bytes under another name add nothing.
CREATE TABLE document_versions (
  document_id  TEXT NOT NULL REFERENCES documents (id),
  version      INTEGER NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  media_type   TEXT NOT NULL,
  charset      TEXT,
  url          TEXT,
  title        TEXT,
  author       TEXT,
  published    TEXT,
  language     TEXT,
  text         TEXT NOT NULL,
  raw          BLOB NOT NULL,
  raw_size     INTEGER NOT NULL,
  ingested_at  TEXT NOT NULL,
  PRIMARY KEY (document_id, version)
);

-- Inputs that did not become documents, once per origin and content.
CREATE TABLE rejections (
  origin       TEXT NOT NULL,
  source       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  reason       TEXT NOT NULL,
  detail       TEXT NOT NULL,
  first_seen   TEXT NOT NULL,
  last_seen    TEXT NOT NULL,
  PRIMARY KEY (origin, content_hash)
);
