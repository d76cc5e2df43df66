package org.sitrep.store;

import org.sitrep.SitrepException;

/** A failure of the store: it cannot be opened, migrated, read or written. */
public final class StoreException extends SitrepException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
