package org.sitrep.eval;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.eval.EvalResult.Detection;
import org.sitrep.eval.EvalResult.EventDetail;
import org.sitrep.eval.EvalResult.FieldScore;
import org.sitrep.eval.EvalResult.Mismatch;
import org.sitrep.eval.EvalResult.ReportIssue;

/** Writes an {@link EvalResult} as a block of text for people. */
public final class EvalText {
  private EvalText() {}

  /**
   * The figures of {@code result}; with {@code verbose}, also every event missed or with a wrong
   * field, every report that is a false positive, duplicate or drawn from a no-event sentence, and
   * the details of actor clusters, relations and cleaning. Lines end with {@code \n}.
   */
  public static String format(EvalResult result, boolean verbose) {
    StringBuilder out = new StringBuilder();
    Detection d = result.detection();
    out.append(
        String.format(
            Locale.ROOT,
            "events      precision %.3f  recall %.3f  F1 %.3f\n",
            d.precision(),
            d.recall(),
            d.f1()));
    out.append(
        String.format(
            Locale.ROOT,
            "            %d of %d core events found, %d missed; %d false positives,"
                + " %d duplicates, %d from no-event sentences\n",
            d.truePositives(),
            d.coreEvents(),
            d.missed(),
            d.falsePositives(),
            d.duplicates(),
            d.noEventReports()));
    int matched = (int) result.events().stream().filter(e -> e.reportId() != null).count();
    out.append(String.format(Locale.ROOT, "fields      over %d matched events\n", matched));
    for (FieldScore f : result.fields()) {
      out.append(
          f.scored() == 0
              ? String.format(Locale.ROOT, "  %-16s      -\n", f.field().code())
              : String.format(
                  Locale.ROOT,
                  "  %-16s %5.1f%%  %d/%d\n",
                  f.field().code(),
                  100 * f.accuracy(),
                  f.correct(),
                  f.scored()));
    }
    var points = result.points();
    out.append(
        String.format(
            Locale.ROOT,
            "points      %d of %d located matched events have a point, %d only a country,"
                + " %d without one%s\n",
            points.located() - points.countryOnly() - points.withoutPoint().size(),
            points.located(),
            points.countryOnly(),
            points.withoutPoint().size(),
            points.withoutPoint().isEmpty()
                ? ""
                : " (" + String.join(", ", points.withoutPoint()) + ")"));
    var fusion = result.fusion();
    out.append(
        String.format(
            Locale.ROOT,
            "fusion      %d of %d same-incident pairs joined, %d false merges\n",
            fusion.joined(),
            fusion.sameIncidentPairs(),
            fusion.falseMerges()));
    var clusters = result.clusters();
    out.append(
        String.format(
            Locale.ROOT,
            "actors      %d of %d clusters resolved, %d wrongly merged pairs\n",
            clusters.resolved(),
            clusters.clusters(),
            clusters.merges().size()));
    var relations = result.relations();
    out.append(
        String.format(
            Locale.ROOT,
            "relations   %d of %d core found (%d of %d in all) from text, %d stored matching"
                + " none, %d between wrong actors\n",
            relations.coreFound(),
            relations.coreRelations(),
            relations.found(),
            relations.relations(),
            relations.unmatchedStored(),
            relations.wrongActors().size()));
    var cleaning = result.cleaning();
    out.append(
        String.format(
            Locale.ROOT,
            "cleaning    %d of %d checks passed\n",
            cleaning.passed(),
            cleaning.checks()));
    if (!result.problems().isEmpty()) {
      out.append(String.format(Locale.ROOT, "problems    %d (", result.problems().size()));
      out.append(verbose ? "below" : "--verbose lists them").append(")\n");
    }
    if (verbose) {
      appendDetail(result, out);
    }
    return out.toString();
  }

  private static void appendDetail(EvalResult result, StringBuilder out) {
    out.append("\nevents missed or with wrong fields:\n");
    for (EventDetail e : result.events()) {
      String core = e.core() ? "core" : "    ";
      if (e.reportId() == null) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-8s %s  missed%s\n",
                e.goldId(),
                core,
                e.located() ? "" : " (evidence not found in the text)"));
      } else if (!e.mismatches().isEmpty()) {
        out.append(String.format(Locale.ROOT, "  %-8s %s  %s\n", e.goldId(), core, e.reportId()));
        for (Mismatch m : e.mismatches()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "             %-16s expected %s, got %s\n",
                  m.field().code(),
                  m.expected(),
                  m.actual() == null ? "none" : m.actual()));
        }
      }
    }
    if (!result.reportIssues().isEmpty()) {
      out.append("\nreports:\n");
      for (ReportIssue r : result.reportIssues()) {
        String what =
            switch (r.issue()) {
              case FALSE_POSITIVE -> "false positive";
              case DUPLICATE -> "duplicate of " + r.goldId();
              case NO_EVENT -> "from a no-event sentence";
            };
        out.append(
            String.format(
                Locale.ROOT, "  %-24s %s: %s\n", r.reportId(), what, cut(r.evidence(), 100)));
      }
    }
    if (result.clusters().resolved() < result.clusters().clusters()
        || !result.clusters().merges().isEmpty()) {
      out.append("\nactor clusters not resolved or merged:\n");
    }
    for (var c : result.clusters().details()) {
      if (!c.resolved()) {
        String forms =
            c.forms().stream()
                .map(
                    f ->
                        f.form()
                            + " -> "
                            + (f.actorIds().isEmpty() ? "?" : String.join(",", f.actorIds())))
                .collect(Collectors.joining("; "));
        out.append("  ").append(c.canonical()).append(": ").append(forms).append('\n');
      }
    }
    for (var m : result.clusters().merges()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  merged: %s + %s in %s\n",
              m.first(),
              m.second(),
              String.join(",", m.actorIds())));
    }
    appendList(out, "same-incident pairs not fused", result.fusion().missed());
    appendList(out, "false merges", result.fusion().merges());
    appendList(out, "relations missing", result.relations().missing());
    appendList(out, "relations between wrong actors", result.relations().wrongActors());
    appendList(out, "cleaning failures", result.cleaning().failures());
    appendList(out, "problems", result.problems());
  }

  private static void appendList(StringBuilder out, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      out.append('\n').append(title).append(":\n");
      lines.forEach(line -> out.append("  ").append(line).append('\n'));
    }
  }

  private static String cut(String s, int width) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }
}
