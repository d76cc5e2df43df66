package org.sitrep.export;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.lexicon.DataLines;

/**
 * ACLED's {@code source_scale} of an event, from where its documents come from: an outlet listed in
 * {@code source-scales.tsv} has the scale listed; any other whose address ends in a country-code
 * domain is National when that country is the event's, Regional when it is in the event's ACLED
 * region, International otherwise. An address that says neither (a {@code .com} not listed, or
 * none) says nothing, and an event whose documents say nothing has no scale. Immutable.
 */
final class SourceScales {
  private static final String RESOURCE = "source-scales.tsv";

  /** ACLED's order of the scales in a combined value ("National-International"). */
  private static final List<String> ORDER =
      List.of("Local partner", "Subnational", "National", "Regional", "International", "New media");

  /** Country-code domains that are not their country's ISO code. */
  private static final Map<String, String> DOMAIN_COUNTRY = Map.of("uk", "GB");

  /** Country-code domains sold worldwide as generic ones: they say nothing of where. */
  private static final Set<String> GENERIC_CC =
      Set.of("io", "co", "tv", "me", "ai", "fm", "cc", "ws", "to", "la");

  private final Map<String, String> byDomain;
  private final CountryCodes countries;

  private SourceScales(Map<String, String> byDomain, CountryCodes countries) {
    this.byDomain = Map.copyOf(byDomain);
    this.countries = countries;
  }

  /** The bundled list over the bundled country codes. */
  static SourceScales bundled(CountryCodes countries) {
    Map<String, String> byDomain = new HashMap<>();
    for (DataLines.Line line : DataLines.read(SourceScales.class, RESOURCE)) {
      String[] fields = line.text().split("\t");
      if (fields.length != 2 || !ORDER.contains(fields[1].strip())) {
        throw new IllegalStateException(
            RESOURCE + " line " + line.number() + ": expected a domain and one of " + ORDER);
      }
      byDomain.put(fields[0].strip().toLowerCase(Locale.ROOT), fields[1].strip());
    }
    return new SourceScales(byDomain, countries);
  }

  /** The number of outlets listed. */
  int outlets() {
    return byDomain.size();
  }

  /** The scale of the outlet at {@code url} for an event in {@code country}, or null. */
  String scale(String url, String country) {
    String host = host(url);
    if (host == null) {
      return null;
    }
    for (String domain = host;
        domain.contains(".");
        domain = domain.substring(domain.indexOf('.') + 1)) {
      String listed = byDomain.get(domain);
      if (listed != null) {
        return listed;
      }
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    if (tld.length() != 2 || GENERIC_CC.contains(tld) || country == null) {
      return null;
    }
    String outletCountry = DOMAIN_COUNTRY.getOrDefault(tld, tld.toUpperCase(Locale.ROOT));
    String eventCountry = countries.alpha2(country);
    if (eventCountry == null) {
      return null;
    }
    if (outletCountry.equals(eventCountry)) {
      return "National";
    }
    String outletRegion = countries.of(outletCountry).map(CountryCodes.Codes::region).orElse(null);
    String eventRegion = countries.of(country).map(CountryCodes.Codes::region).orElse(null);
    return outletRegion != null && outletRegion.equals(eventRegion) ? "Regional" : "International";
  }

  /** The scales of {@code urls} for an event in {@code country}, combined as ACLED writes them. */
  String combined(List<String> urls, String country) {
    Set<String> scales = new TreeSet<>((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b));
    for (String url : urls) {
      String s = scale(url, country);
      if (s != null) {
        scales.add(s);
      }
    }
    return String.join("-", new ArrayList<>(scales));
  }

  private static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
