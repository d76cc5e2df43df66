package org.sitrep.ingest;

/**
 * Text decoded from bytes, with the encoding it was read in.
 *
 * @param text the decoded characters, without a byte-order mark
 * @param charset the name of the encoding used, e.g. {@code UTF-8} or {@code windows-1252}
 */
public record DecodedText(String text, String charset) {}
