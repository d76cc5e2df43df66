package org.sitrep.eval.coded;

import java.util.List;

/**
 * How fusion joined the articles of known incidents and kept them apart.
 *
 * @param incidents per incident of the key, in key order
 * @param falseMerges events that hold reports of an incident and of an article of another incident
 *     or of another prefix
 * @param merges those events, readably: the event id and the articles' incidents
 * @param problems what kept the key from being applied in full, e.g. an incident with no article in
 *     the store
 */
public record IncidentResult(
    List<IncidentScore> incidents, int falseMerges, List<String> merges, List<String> problems) {
  public IncidentResult {
    incidents = List.copyOf(incidents);
    merges = List.copyOf(merges);
    problems = List.copyOf(problems);
  }

  /**
   * One incident.
   *
   * @param name the incident (its articles' file-name prefix)
   * @param articles its articles in the store
   * @param articlesWithReports of those, the ones with a report of the incident
   * @param reports reports of the incident (of its articles, fitting its date or place)
   * @param pairs pairs of its articles
   * @param joined pairs whose reports of the incident share one fused event
   * @param events the fused events its reports are spread over (ideal: 1)
   * @param falseMerges of those events, the ones that also hold a report of another article's
   *     incident or of an article of another prefix
   */
  public record IncidentScore(
      String name,
      int articles,
      int articlesWithReports,
      int reports,
      int pairs,
      int joined,
      int events,
      int falseMerges) {}
}
