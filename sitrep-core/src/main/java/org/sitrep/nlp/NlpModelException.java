package org.sitrep.nlp;

import org.sitrep.SitrepException;

/**
 * An NLP model (CoreNLP, the sentence encoder) could not be loaded or failed; the message names it.
 */
public final class NlpModelException extends SitrepException {
  private static final long serialVersionUID = 1L;

  public NlpModelException(String message) {
    super(message);
  }

  public NlpModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
