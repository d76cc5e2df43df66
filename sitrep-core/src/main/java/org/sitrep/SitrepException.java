package org.sitrep;

/** Base of Sitrep's unchecked domain exceptions; always keeps the cause it wraps. */
public class SitrepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SitrepException(String message) {
    super(message);
  }

  public SitrepException(String message, Throwable cause) {
    super(message, cause);
  }
}
