package org.sitrep.nlp;

import org.sitrep.SitrepException;

/** The CoreNLP models could not be loaded; the message names what is missing. */
public final class NlpModelException extends SitrepException {
  private static final long serialVersionUID = 1L;

  public NlpModelException(String message) {
    super(message);
  }

  public NlpModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
