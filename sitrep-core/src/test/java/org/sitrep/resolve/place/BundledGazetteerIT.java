package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;

/** The index the build made from GeoNames' cities500, the country and region packages. */
class BundledGazetteerIT {
  private static Gazetteer gazetteer;
  private static PlaceResolver resolver;

  @BeforeAll
  static void load() {
    gazetteer = GazetteerIndex.bundled();
    resolver = new PlaceResolver(gazetteer, PlaceWords.bundled());
  }

  @Test
  void holdsAboutTwoHundredThousandPlacesWithTheirRegions() {
    assertThat(gazetteer.places()).hasSizeGreaterThan(190_000);
    assertThat(gazetteer.countries()).hasSizeGreaterThan(240);
    assertThat(gazetteer.admin1Names())
        .containsEntry("SY.07", "Deir ez-Zor")
        .containsEntry("IQ.01", "Al Anbar")
        .hasSizeGreaterThan(2500);
  }

  @Test
  void regionsListedBySeatTakeTheirCodeAndTheCodersSpellings() {
    PlaceKeys keys = new PlaceKeys();
    for (RegionSeat r : RegionSeat.bundled()) {
      assertThat(gazetteer.admin1Names()).as(r.name()).containsValue(r.name());
      for (String name : r.aliases()) {
        assertThat(gazetteer.byKey(keys.key(name)))
            .as(r.name() + " as " + name)
            .anyMatch(
                p ->
                    p.kind() == PlaceKind.REGION
                        && p.countryCode().equals(r.countryCode())
                        && p.admin1().equals(r.name()));
      }
    }
    // A town takes the region of its seat's code, not a neighbour's name.
    assertThat(gazetteer.byKey(keys.key("Marka")))
        .anyMatch(p -> p.countryCode().equals("SO") && "Lower Shabelle".equals(p.admin1()));
  }

  @Test
  void everySupplementRegionIsARegionOfItsCountry() throws IOException {
    try (InputStream in = GazetteerBuilder.class.getResourceAsStream("supplement.tsv")) {
      for (SupplementEntry e : SupplementEntry.read(in)) {
        if (e.admin1() != null) {
          assertThat(
                  gazetteer.admin1Names().entrySet().stream()
                      .anyMatch(
                          r ->
                              r.getKey().startsWith(e.countryCode() + ".")
                                  && r.getValue().equals(e.admin1())))
              .as(e.name() + " in " + e.admin1())
              .isTrue();
        }
      }
    }
  }

  @Test
  void resolvesTheIssuesAmbiguousNames() {
    assertThat(resolve("Kerman", "The Kerman bombings killed 91 Iranians. Iran blamed ISIS."))
        .extracting(Location::country)
        .isEqualTo("Iran");
    assertThat(resolve("Hajin", "Missiles hit the town of Hajin in eastern Syria."))
        .extracting(Location::country, Location::admin1)
        .containsExactly("Syria", "Deir ez-Zor");
    assertThat(resolve("Georgia", "Russian troops entered Georgia, in the Caucasus."))
        .extracting(Location::country, Location::lat)
        .containsExactly("Georgia", null);
  }

  @Test
  void resolvesTransliterationsOfDeirEzZorToOneTown() {
    List<Long> ids =
        List.of("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Der Ezzor").stream()
            .map(n -> resolve(n, "Shelling hit " + n + " in Syria.").geonamesId())
            .toList();
    assertThat(ids).containsOnly(170794L);
  }

  private static Location resolve(String name, String text) {
    DocumentPlaces document =
        DocumentPlaces.read(text, gazetteer, new PlaceKeys(), PlaceWords.bundled());
    return resolver.resolve(Location.named(name, null), text, document);
  }
}
