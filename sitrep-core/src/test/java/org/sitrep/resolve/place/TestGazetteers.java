package org.sitrep.resolve.place;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Small gazetteers built from the GeoNames-format fixtures next to these tests. */
final class TestGazetteers {
  private TestGazetteers() {}

  /** Sixteen towns, seven countries, their regions from an admin1 file, and the supplement. */
  static Gazetteer small() {
    return new GazetteerBuilder(PlaceWords.bundled())
        .addCountries(fixture("countries.json"))
        .addGeoNames(fixture("cities.txt"))
        .addAdmin1Codes(fixture("admin1.txt"))
        .build();
  }

  /** Towns and regions of Somalia and Kenya, and a namesake of one village in South Sudan. */
  static Gazetteer horn() {
    return new GazetteerBuilder(PlaceWords.bundled())
        .addCountries(fixture("countries-horn.json"))
        .addGeoNames(fixture("cities-horn.txt"))
        .addAdmin1Codes(fixture("admin1-horn.txt"))
        .build();
  }

  static Path fixture(String name) {
    try {
      return Path.of(TestGazetteers.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
