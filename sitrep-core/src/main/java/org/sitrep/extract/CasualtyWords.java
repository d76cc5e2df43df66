package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.SitrepException;

/**
 * The words of {@code casualty-words.tsv}: vague amounts with the figure ACLED codes for each, and
 * perpetrators counted among the dead. Immutable.
 *
 * @param vague phrase to figure, longest phrase first so that "dozens of" wins over "dozens"
 * @param perpetrators singular nouns for one who dies in his own attack
 */
record CasualtyWords(Map<String, Integer> vague, List<String> perpetrators) {
  private static final String RESOURCE = "casualty-words.tsv";

  CasualtyWords {
    vague = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vague));
    perpetrators = List.copyOf(perpetrators);
  }

  /** The bundled words. */
  static CasualtyWords bundled() {
    try (InputStream in = CasualtyWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new SitrepException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses the TSV format.
   *
   * @throws SitrepException naming the line of a malformed entry
   */
  static CasualtyWords parse(String tsv) {
    List<Map.Entry<String, Integer>> vague = new ArrayList<>();
    List<String> perpetrators = new ArrayList<>();
    String[] lines = tsv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String kind = f[0].toLowerCase(Locale.ROOT);
      if (kind.equals("vague") && f.length == 3 && f[2].matches("\\d+")) {
        vague.add(Map.entry(f[1].toLowerCase(Locale.ROOT), Integer.parseInt(f[2])));
      } else if (kind.equals("perpetrator") && f.length == 2) {
        perpetrators.add(f[1].toLowerCase(Locale.ROOT));
      } else {
        throw new SitrepException(
            RESOURCE
                + ":"
                + (i + 1)
                + ": expected vague<TAB>phrase<TAB>figure or perpetrator<TAB>noun");
      }
    }
    vague.sort((a, b) -> b.getKey().length() - a.getKey().length());
    perpetrators.sort((a, b) -> b.length() - a.length());
    Map<String, Integer> map = new LinkedHashMap<>();
    vague.forEach(e -> map.put(e.getKey(), e.getValue()));
    return new CasualtyWords(map, perpetrators);
  }

  /** The figure for a vague phrase as matched (any case, any spacing); 0 when not listed. */
  int figure(String phrase) {
    return vague.getOrDefault(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(), 0);
  }
}
