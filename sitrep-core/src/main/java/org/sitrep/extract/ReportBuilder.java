package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/** Turns a document's finished drafts into numbered, immutable reports. Thread-safe. */
final class ReportBuilder {
  private final CasualtyReader casualties;

  ReportBuilder(CasualtyReader casualties) {
    this.casualties = casualties;
  }

  /**
   * The reports of {@code drafts}, numbered in order under {@code documentId}.
   *
   * @param text the document's text, which the drafts' offsets point into
   */
  List<Report> build(String documentId, String text, List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      drafts.get(i).id = String.format(Locale.ROOT, "%s-r%02d", documentId, i + 1);
    }
    List<Report> reports = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.fatalities == null) {
        // "several were killed": ACLED's figure for a vague toll, when no number was told.
        d.fatalities = casualties.vagueDeaths(text.substring(d.begin, d.end));
      }
      reports.add(toReport(documentId, text, d));
    }
    return reports;
  }

  private static Report toReport(String documentId, String text, Draft d) {
    return new Report(
        d.id,
        documentId,
        text.substring(d.begin, d.end),
        new Span(d.begin, d.end),
        d.date,
        d.type,
        d.actor1,
        d.actor2,
        List.of(),
        d.location,
        d.fatalities,
        d.injuries,
        d.claimedBy,
        d.modality,
        d.retaliationFor == null ? null : d.retaliationFor.id,
        d.modality == Modality.ASSERTED ? 0.7 : 0.5);
  }
}
