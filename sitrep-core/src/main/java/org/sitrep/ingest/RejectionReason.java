package org.sitrep.ingest;

/** Why an input was not ingested. Stored by name, so constants are only ever added. */
public enum RejectionReason {
  /** No bytes, or only white space. */
  EMPTY,
  /** Not text: NUL bytes, control characters or a known binary signature. */
  BINARY,
  /** Larger than the configured size limit. */
  OVERSIZED,
  /** Text in no encoding Sitrep reads (UTF-8, UTF-16 with BOM, Windows-1252). */
  UNDECODABLE,
  /** A JSON Lines record that is not valid JSON or lacks both text and html. */
  MALFORMED,
  /** Nothing left once page furniture is removed. */
  NO_TEXT,
  /** Written in a language other than English. */
  NOT_ENGLISH,
  /** The input could not be read at all (permissions, vanished file). */
  UNREADABLE,
  /** Not a regular file: a FIFO, a device, a socket, a broken or looping link, a folder. */
  NOT_A_FILE,
  /** Decodable, but without readable words: junk bytes, control characters, markup alone. */
  NO_WORDS,
  /** Ingested, but extraction failed on it: quarantined so that the rest of a batch goes on. */
  EXTRACTION_FAILED,
  /** Ingested, but its extraction ran over the per-document time budget and was stopped. */
  OVER_BUDGET
}
