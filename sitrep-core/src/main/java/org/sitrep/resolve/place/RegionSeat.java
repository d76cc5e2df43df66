package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.lexicon.DataLines;

/**
 * A first-level region as conflict coders name it, known by the town that is its seat: the bundled
 * {@code regions.tsv}.
 *
 * @param countryCode ISO 3166-1 alpha-2
 * @param name the region's name as coders write it ("Lower Shabelle")
 * @param aliases other names of it ("Shabeellaha Hoose")
 * @param seat a name of its seat town, as GeoNames names it or among its alternate names
 */
record RegionSeat(String countryCode, String name, List<String> aliases, String seat) {
  static final String RESOURCE = "regions.tsv";

  RegionSeat {
    aliases = List.copyOf(aliases);
  }

  /**
   * The bundled list, in file order.
   *
   * @throws GazetteerException on a malformed line, naming it
   */
  static List<RegionSeat> bundled() {
    List<RegionSeat> out = new ArrayList<>();
    for (DataLines.Line line : DataLines.read(RegionSeat.class, RESOURCE)) {
      String[] f = line.text().split("\t", -1);
      if (f.length != 4 || !f[0].matches("[A-Z]{2}") || f[1].isBlank() || f[3].isBlank()) {
        throw new GazetteerException(
            RESOURCE
                + " line "
                + line.number()
                + ": expected country, region, aliases or -, seat (tab-separated)",
            null);
      }
      List<String> aliases = f[2].equals("-") ? List.of() : List.of(f[2].split("\\|"));
      out.add(new RegionSeat(f[0], f[1].strip(), aliases, f[3].strip()));
    }
    return out;
  }
}
