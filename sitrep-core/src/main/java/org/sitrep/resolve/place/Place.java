package org.sitrep.resolve.place;

/**
 * One entry of the gazetteer.
 *
 * @param geonamesId the GeoNames id, or 0 when the entry is not from GeoNames
 * @param name its name in the gazetteer
 * @param countryCode ISO 3166-1 alpha-2 code
 * @param admin1 the first-level region it lies in, or null when unknown
 * @param lat latitude in degrees (a country's centroid, a region's capital)
 * @param lon longitude in degrees
 * @param kind country, region, town or facility
 * @param population inhabitants as GeoNames counts them, 0 when unknown
 * @param seat 3 for a national capital, 2 for a region's seat, 1 for a lower seat, else 0
 * @param precision the ACLED geo_precision a plain mention of it gets: 1 for a town or a facility
 *     whose point is its own, 2 for a facility pointed at only roughly, 3 for a region, 0 for a
 *     country (no point)
 */
public record Place(
    long geonamesId,
    String name,
    String countryCode,
    String admin1,
    double lat,
    double lon,
    PlaceKind kind,
    long population,
    int seat,
    int precision) {}
