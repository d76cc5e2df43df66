package org.sitrep.resolve.place;

import org.sitrep.SitrepException;

/** A gazetteer file that is missing, unreadable or malformed; the message names it. */
public final class GazetteerException extends SitrepException {
  private static final long serialVersionUID = 1L;

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
