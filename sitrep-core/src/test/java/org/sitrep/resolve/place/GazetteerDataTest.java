package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gazetteer's data files load and hold what they promise. */
class GazetteerDataTest {
  @Test
  void everySupplementPlaceHasCoordinatesACountryAndASource() throws IOException {
    List<SupplementEntry> entries;
    try (InputStream in = GazetteerBuilder.class.getResourceAsStream("supplement.tsv")) {
      entries = SupplementEntry.read(in);
    }
    assertThat(entries).hasSizeGreaterThan(40);
    Set<String> names = new HashSet<>();
    PlaceKeys keys = new PlaceKeys();
    for (SupplementEntry e : entries) {
      assertThat(e.source()).as(e.name()).startsWith("Wikipedia, \"");
      assertThat(e.precision()).as(e.name()).isBetween(1, 3);
      assertThat(names.add(keys.key(e.name()))).as("unique: " + e.name()).isTrue();
      for (String alias : e.aliases()) {
        assertThat(keys.key(alias)).as(e.name() + " alias " + alias).isNotEmpty();
      }
    }
  }

  @Test
  void theSupplementNamesTheIssuesBases() throws IOException {
    Gazetteer g = TestGazetteers.small();
    PlaceKeys keys = new PlaceKeys();
    for (String base :
        List.of("Ain al-Asad", "Harir Airbase", "T-4", "Tiyas", "al-Tanf", "Tower 22")) {
      assertThat(g.byKey(keys.key(base))).as(base).anyMatch(p -> p.kind() == PlaceKind.FACILITY);
    }
  }

  @Test
  void everyListedRegionHasASeatAndOneLinePerName() {
    List<RegionSeat> regions = RegionSeat.bundled();
    assertThat(regions).hasSizeGreaterThan(50);
    PlaceKeys keys = new PlaceKeys();
    Set<String> names = new HashSet<>();
    Set<String> seats = new HashSet<>();
    for (RegionSeat r : regions) {
      assertThat(names.add(r.countryCode() + keys.key(r.name()))).as("unique: " + r).isTrue();
      assertThat(seats.add(r.countryCode() + keys.key(r.seat()))).as("one seat: " + r).isTrue();
      assertThat(keys.key(r.seat())).as(r.name()).isNotEmpty();
      r.aliases().forEach(a -> assertThat(keys.key(a)).as(r.name() + " alias " + a).isNotEmpty());
    }
  }

  @Test
  void aMalformedSupplementLineIsNamed() {
    String bad = "# comment\nSome base\t-\tair base\tIQ\t-\t95.0\t40.0\t1\tWikipedia, \"X\"\n";
    assertThatThrownBy(
            () ->
                SupplementEntry.read(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("coordinates");
  }

  @Test
  void placeWordsLoadEveryRole() {
    PlaceWords words = PlaceWords.bundled();
    assertThat(words.withoutRegionSuffix("Al Anbar Governorate")).isEqualTo("Al Anbar");
    assertThat(words.withoutFacilitySuffix("Harir Airbase")).isEqualTo("Harir");
    assertThat(words.withoutFacilitySuffix("Conoco gas field")).isEqualTo("Conoco");
    assertThat(words.nearPattern().matcher("outskirts of").matches()).isTrue();
  }
}
