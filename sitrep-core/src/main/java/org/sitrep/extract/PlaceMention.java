package org.sitrep.extract;

/**
 * A place named in a sentence.
 *
 * @param begin UTF-16 offset in the sentence
 * @param end UTF-16 offset just past it
 * @param name the place as named ("Ain al-Assad Airbase", "Deir Ezzor", "Kabul")
 * @param countryCode ISO 3166-1 alpha-2 code of the country the text puts it in, or null
 * @param countryOnly whether the place is a whole country
 */
public record PlaceMention(
    int begin, int end, String name, String countryCode, boolean countryOnly) {}
