package org.sitrep.ingest;

import java.util.Set;

/**
 * Settings of the ingest stage, validated when built.
 *
 * @param maxBytes inputs larger than this are rejected unread
 * @param languages the ISO 639-3 codes of the languages accepted, e.g. {@code eng}
 * @param minWordsForLanguage texts shorter than this are too short to judge their language and are
 *     accepted as they are
 */
public record IngestConfig(long maxBytes, Set<String> languages, int minWordsForLanguage) {
  /** 20 MB: far above any article, far below what would strain a laptop's heap. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Defaults: 20 MB, English only, language judged from 12 words on. */
  public static final IngestConfig DEFAULTS =
      new IngestConfig(DEFAULT_MAX_BYTES, Set.of("eng"), 12);

  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("languages must name at least one language");
    }
    if (minWordsForLanguage < 0) {
      throw new IllegalArgumentException("minWordsForLanguage must be >= 0");
    }
    languages = Set.copyOf(languages);
  }

  /** These settings with another size limit. */
  public IngestConfig withMaxBytes(long newMaxBytes) {
    return new IngestConfig(newMaxBytes, languages, minWordsForLanguage);
  }
}
