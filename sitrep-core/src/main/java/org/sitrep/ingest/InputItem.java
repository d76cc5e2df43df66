package org.sitrep.ingest;

/**
 * What reading a path yields: an input to ingest, or one already rejected (too big, unreadable).
 */
public sealed interface InputItem permits RawInput, Rejection {
  /** The name users see for this input. */
  String source();
}
