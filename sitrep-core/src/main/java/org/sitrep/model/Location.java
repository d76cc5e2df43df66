package org.sitrep.model;

/**
 * Where an event happened.
 *
 * @param name the place as named in the text (or as resolved)
 * @param country the country's name, or null when unknown
 * @param admin1 first-level region (province, governorate), or null
 * @param lat latitude, or null when only the country is known
 * @param lon longitude, or null
 * @param precision ACLED geo_precision: 1 town, 2 near a town or part of a region, 3 region; null
 *     when no point is known
 * @param geonamesId the GeoNames id where one applies, else null
 */
public record Location(
    String name,
    String country,
    String admin1,
    Double lat,
    Double lon,
    Integer precision,
    Long geonamesId)
    implements java.io.Serializable {
  /** A place known by name and country only, not yet resolved to a point. */
  public static Location named(String name, String country) {
    return new Location(name, country, null, null, null, null, null);
  }
}
