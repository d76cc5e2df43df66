package org.sitrep.ingest;

import java.util.Objects;

/**
 * An input that did not become a document, with the reason, reported to the user and kept in the
 * store.
 *
 * @param origin identity of the input (see {@link RawInput#origin()})
 * @param source the name users see: a file's name or a record's id
 * @param reason why it was rejected
 * @param detail a sentence for the user, e.g. "detected French (fra, 0.97)"
 */
public record Rejection(String origin, String source, RejectionReason reason, String detail)
    implements InputItem, IngestOutcome {
  public Rejection {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** The same rejection for another input. */
  static Rejection of(RawInput input, RejectedInputException e) {
    return new Rejection(input.origin(), input.source(), e.reason(), e.getMessage());
  }
}
