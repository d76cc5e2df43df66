package org.sitrep.cli;

/** The exit codes of {@code sitrep}, documented in its help and the README. */
final class ExitCodes {
  /** Everything asked was done. */
  static final int OK = 0;

  /** The command failed: the store could not be opened, a file could not be written. */
  static final int FAILURE = 1;

  /** The command line was wrong: unknown option, missing argument. */
  static final int USAGE = 2;

  /** Done, but some inputs were rejected and are named on standard error. */
  static final int PARTIAL = 3;

  private ExitCodes() {}
}
