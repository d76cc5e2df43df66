package org.sitrep.store;

import org.sitrep.ingest.DocumentMetadata;

/**
 * One version of a document as the store holds it.
 *
 * @param id the document's stable id
 * @param source what it was ingested from: a file's name or a record's id
 * @param origin its identity across ingests: a file's absolute path or {@code jsonl:} and an id
 * @param version the version number, from 1
 * @param contentHash SHA-256 of the original bytes
 * @param mediaType how the original bytes were read
 * @param charset the encoding they were decoded with
 * @param metadata url, title, author, publication date
 * @param language the detected language code
 * @param text the cleaned text
 * @param ingestedAt when this version was stored, ISO 8601 instant
 */
public record StoredDocument(
    String id,
    String source,
    String origin,
    int version,
    String contentHash,
    String mediaType,
    String charset,
    DocumentMetadata metadata,
    String language,
    String text,
    String ingestedAt)
    implements java.io.Serializable {
  /** The stable id of the document with this origin: the same in every store and every job. */
  public static String idOf(String origin) {
    return "doc-"
        + org.sitrep.ingest.ContentHash.of(origin.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .substring(0, 16);
  }
}
