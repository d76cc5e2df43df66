package org.sitrep.model;

/**
 * A number of people killed or injured as a text reports it.
 *
 * @param value the number
 * @param qualifier whether the text gives it as exact, a minimum, or an approximation
 */
public record Count(int value, Qualifier qualifier) implements java.io.Serializable {
  /** How a count is qualified. */
  public enum Qualifier {
    EXACT,
    AT_LEAST,
    ABOUT;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Count {
    if (value < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + value);
    }
  }
}
