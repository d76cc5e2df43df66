package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Report;

/**
 * What extraction read from one document.
 *
 * @param reports the events it reports, one report per event per place and day
 * @param mentions every actor it names, with the surface forms used
 */
public record Extraction(List<Report> reports, List<ActorMention> mentions) {
  public Extraction {
    reports = List.copyOf(reports);
    mentions = List.copyOf(mentions);
  }
}
