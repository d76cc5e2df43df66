package org.sitrep.ingest;

import org.sitrep.SitrepException;

/** Thrown inside the ingest stage when an input cannot become a document; carries the reason. */
public final class RejectedInputException extends SitrepException {
  private static final long serialVersionUID = 1L;
  private final RejectionReason reason;

  public RejectedInputException(RejectionReason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public RejectedInputException(RejectionReason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
  }

  public RejectionReason reason() {
    return reason;
  }
}
