package org.sitrep.ingest;

import java.util.Objects;

/**
 * A document as the ingest stage hands it on: cleaned text, its metadata and its original bytes.
 *
 * @param input the input it was read from, original bytes included
 * @param contentHash SHA-256 of the original bytes, hex; equal bytes are the same content
 * @param charset the encoding the bytes were decoded with
 * @param metadata url, title, author and publication date as found or given
 * @param language the detected language, ISO 639-1 where one exists
 * @param text the cleaned body text; all later offsets are UTF-16 offsets into it
 */
public record CleanDocument(
    RawInput input,
    String contentHash,
    String charset,
    DocumentMetadata metadata,
    String language,
    String text)
    implements IngestOutcome {
  public CleanDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(text, "text");
  }
}
