package org.sitrep.eval.coded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A key of incidents each reported by several articles: {@code {"clusters": {PREFIX: {"date":
 * "YYYY-MM-DD" or "YYYY-MM", "country": [...], "places": [...]}}}}. Every article whose file name
 * starts with a cluster's name reports that incident.
 *
 * @param incidents the clusters, sorted by name
 */
public record IncidentKey(List<Incident> incidents) {
  public IncidentKey {
    incidents = List.copyOf(incidents);
  }

  /**
   * One incident.
   *
   * @param name the file-name prefix of its articles
   * @param date its date: a day, or a month when it spans days
   * @param countries the names its country may carry
   * @param places the names its place may carry
   */
  public record Incident(String name, String date, List<String> countries, List<String> places) {
    public Incident {
      countries = List.copyOf(countries);
      places = List.copyOf(places);
    }
  }

  /**
   * Reads a key file.
   *
   * @throws UncheckedIOException when it cannot be read
   * @throws IllegalArgumentException when it has no {@code clusters} object
   */
  public static IncidentKey read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses a key's JSON. */
  public static IncidentKey parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("incident key is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode clusters = root == null ? null : root.get("clusters");
    if (clusters == null || !clusters.isObject()) {
      throw new IllegalArgumentException("incident key has no \"clusters\" object");
    }
    List<Incident> incidents = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : clusters.properties()) {
      JsonNode c = e.getValue();
      incidents.add(
          new Incident(
              e.getKey(),
              c.hasNonNull("date") ? c.get("date").asText() : null,
              strings(c.get("country")),
              strings(c.get("places"))));
    }
    incidents.sort((a, b) -> a.name().compareTo(b.name()));
    return new IncidentKey(incidents);
  }

  private static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else if (node != null && node.isTextual()) {
      values.add(node.asText());
    }
    return values;
  }
}
