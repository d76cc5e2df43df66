package org.sitrep.ingest;

/**
 * The language a text is most likely written in.
 *
 * @param iso639_3 the ISO 639-3 code the detector gives, e.g. {@code eng}, {@code fra}
 * @param code the two-letter ISO 639-1 code where one exists, else the ISO 639-3 code
 * @param confidence the detector's probability for that language, 0 to 1
 */
public record LanguageGuess(String iso639_3, String code, double confidence) {}
