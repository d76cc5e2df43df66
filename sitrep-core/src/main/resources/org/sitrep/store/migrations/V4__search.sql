-- Full-text search (SQLite FTS5) over documents and the evidence sentences of reports, for the
-- server's /search and its text filter. Triggers keep both indexes in step with the tables, so
-- every writer (CLI or server) maintains them; the rows already stored are indexed here once.
-- Each index row carries the row id of its source row, so that a delete finds it without a scan,
-- and the key of that row, so that a reader can check the row still exists (a VACUUM may renumber
-- the row ids of tables without an INTEGER PRIMARY KEY; a delete then removes nothing rather than
-- another row's entry, and a reader drops a hit whose key no longer exists).
CREATE VIRTUAL TABLE document_search USING fts5 (
  document_id UNINDEXED,
  version UNINDEXED,
  title,
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE evidence_search USING fts5 (
  report_id UNINDEXED,
  document_id UNINDEXED,
  evidence,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO document_search (rowid, document_id, version, title, text)
  SELECT rowid, document_id, version, COALESCE(title, ''), text FROM document_versions;

INSERT INTO evidence_search (rowid, report_id, document_id, evidence)
  SELECT rowid, id, document_id, evidence FROM reports;

CREATE TRIGGER document_versions_search_insert AFTER INSERT ON document_versions BEGIN INSERT INTO document_search (rowid, document_id, version, title, text) VALUES (new.rowid, new.document_id, new.version, COALESCE(new.title, ''), new.text); END;

CREATE TRIGGER document_versions_search_delete AFTER DELETE ON document_versions BEGIN DELETE FROM document_search WHERE rowid = old.rowid AND document_id = old.document_id AND version = old.version; END;

CREATE TRIGGER reports_search_insert AFTER INSERT ON reports BEGIN INSERT INTO evidence_search (rowid, report_id, document_id, evidence) VALUES (new.rowid, new.id, new.document_id, new.evidence); END;

CREATE TRIGGER reports_search_delete AFTER DELETE ON reports BEGIN DELETE FROM evidence_search WHERE rowid = old.rowid AND report_id = old.id; END;
