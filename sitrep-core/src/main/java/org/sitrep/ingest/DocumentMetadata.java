package org.sitrep.ingest;

/**
 * What is known about a document besides its text; each field is null when unknown.
 *
 * @param url where the document was published
 * @param title its headline
 * @param author the byline's author
 * @param published the publication date, ISO 8601 as precise as stated ({@code 2024-01-04}, {@code
 *     2024-01})
 */
public record DocumentMetadata(String url, String title, String author, String published)
    implements java.io.Serializable {
  /** Metadata with nothing known. */
  public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null);
}
