package org.sitrep.ingest;

import java.util.Objects;

/**
 * One input as it arrived: the original bytes and where they came from.
 *
 * @param origin identity of the document across ingests (a file's absolute path, or {@code jsonl:}
 *     and a record's id); a changed input with the same origin is a new version
 * @param source the name users see and exports carry: a file's name, or a record's id
 * @param mediaType how to read the bytes
 * @param bytes the original bytes, kept so that re-cleaning never needs the source again
 */
public record RawInput(String origin, String source, MediaType mediaType, byte[] bytes)
    implements InputItem {
  public RawInput {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
