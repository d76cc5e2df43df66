package org.sitrep.server;

/** Checks of single query parameters. */
final class Params {
  private Params() {}

  /**
   * {@code value} as an integer in {@code [min, max]}.
   *
   * @throws ApiException naming {@code name} otherwise
   */
  static int integer(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw ApiException.badParameter(name, "must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "must be a whole number");
    }
  }

  /** The integer parameter, or {@code fallback} when absent. */
  static int integer(String name, String value, int min, int max, int fallback) {
    return value == null || value.isBlank() ? fallback : integer(name, value, min, max);
  }
}
