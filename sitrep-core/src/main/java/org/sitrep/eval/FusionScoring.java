package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.EvalResult.FusionScore;
import org.sitrep.model.Event;

/**
 * Scores fusion against a key's {@code same_as} groups. Only events of the key matched by a report
 * count: two of them are one incident when they share a {@code same_as} value (an event without one
 * is an incident of its own). A same-incident pair is joined when both reports are in one fused
 * event; a false merge is a pair of different incidents whose reports are in one fused event. A
 * report in no fused event is an event of its own.
 */
final class FusionScoring {
  private FusionScoring() {}

  /**
   * @param reportOfGold gold event id to the id of the report matched to it
   */
  static FusionScore score(AnswerKey key, Map<String, String> reportOfGold, List<Event> events) {
    Map<String, String> eventOfReport = new HashMap<>();
    for (Event e : events) {
      e.reportIds().forEach(r -> eventOfReport.put(r, e.id()));
    }
    List<AnswerKey.Event> matched =
        key.events().stream().filter(e -> reportOfGold.containsKey(e.id())).toList();
    int pairs = 0;
    int joined = 0;
    List<String> missed = new ArrayList<>();
    List<String> merges = new ArrayList<>();
    for (int i = 0; i < matched.size(); i++) {
      for (int j = i + 1; j < matched.size(); j++) {
        AnswerKey.Event a = matched.get(i);
        AnswerKey.Event b = matched.get(j);
        String reportA = reportOfGold.get(a.id());
        String reportB = reportOfGold.get(b.id());
        boolean together =
            eventOfReport
                .getOrDefault(reportA, reportA)
                .equals(eventOfReport.getOrDefault(reportB, reportB));
        boolean sameIncident =
            a.sameAs() != null && a.sameAs().equals(b.sameAs()) && !a.doc().equals(b.doc());
        if (sameIncident) {
          pairs++;
          if (together) {
            joined++;
          } else {
            missed.add(a.id() + " ~ " + b.id() + " (" + a.sameAs() + ")");
          }
        } else if (together && !(a.sameAs() != null && a.sameAs().equals(b.sameAs()))) {
          merges.add(a.id() + " + " + b.id());
        }
      }
    }
    return new FusionScore(pairs, joined, merges.size(), missed, merges);
  }
}
