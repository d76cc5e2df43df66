package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerIndexTest {
  @TempDir Path dir;

  @Test
  void anIndexReadsBackAsItWasWritten() {
    Gazetteer g = TestGazetteers.small();
    Path file = dir.resolve("g.idx");
    GazetteerIndex.write(g, file);
    Gazetteer back = GazetteerIndex.read(file);
    assertThat(back.places()).isEqualTo(roundedToFloat(g));
    assertThat(back.demonyms()).isEqualTo(g.demonyms());
    assertThat(back.admin1Names()).isEqualTo(g.admin1Names());
    assertThat(back.byKey("kerman")).hasSameSizeAs(g.byKey("kerman"));
    assertThat(back.bySkeleton("drzr")).hasSameSizeAs(g.bySkeleton("drzr"));
  }

  @Test
  void aFileThatIsNoIndexIsRefusedByName() throws IOException {
    Path file = dir.resolve("cities500.txt");
    Files.writeString(file, "not an index");
    assertThatThrownBy(() -> GazetteerIndex.read(file))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("cities500.txt");
  }

  @Test
  void regionsWithoutAnAdmin1FileAreMatchedByTheirSeatOrTheirPoint() {
    Gazetteer g =
        new GazetteerBuilder(PlaceWords.bundled())
            .addCountries(TestGazetteers.fixture("countries.json"))
            .addGeoNames(TestGazetteers.fixture("cities.txt"))
            .addStates(TestGazetteers.fixture("states.json"))
            .build();
    // Deir ez-Zor by its seat's name, Anbar by the towns around its point; Bari's point is in
    // Italy, so it names nothing.
    assertThat(g.admin1Names()).containsEntry("SY.07", "Deir ez-Zor");
    assertThat(g.admin1Names()).containsEntry("IQ.01", "Al Anbar");
    assertThat(g.admin1Names()).doesNotContainValue("Bari");
  }

  private static java.util.List<Place> roundedToFloat(Gazetteer g) {
    return g.places().stream()
        .map(
            p ->
                new Place(
                    p.geonamesId(),
                    p.name(),
                    p.countryCode(),
                    p.admin1(),
                    (float) p.lat(),
                    (float) p.lon(),
                    p.kind(),
                    p.population(),
                    p.seat(),
                    p.precision()))
        .toList();
  }
}
