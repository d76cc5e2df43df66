package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.nlp.WindowCuts;

/**
 * A long document read as a run of windows, each extracted on its own, so that memory follows the
 * window's length and not the document's: the windows end at paragraph breaks (or, in a paragraph
 * longer than a window, at a line break or a space), and their results are put back together as one
 * document's, with spans in the whole text and reports numbered through.
 */
final class TextWindows {
  private TextWindows() {}

  /** One window: where it starts in the whole text, and its text. */
  record Window(int offset, String text) {}

  /**
   * {@code text} cut into windows of at most {@code size} characters where {@link WindowCuts} cuts
   * (one empty window for an empty text).
   *
   * @throws IllegalArgumentException when {@code size} is below 2
   */
  static List<Window> split(String text, int size) {
    if (size < 2) {
      throw new IllegalArgumentException("a window needs at least 2 characters, got " + size);
    }
    List<Window> windows = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = WindowCuts.end(text, start, size);
      windows.add(new Window(start, text.substring(start, end)));
      start = end;
    }
    if (windows.isEmpty()) {
      windows.add(new Window(0, text));
    }
    return windows;
  }

  /**
   * The results of the windows of one document, as one: reports renumbered through the document
   * (their retaliation links with them) and their spans shifted into the whole text, actors merged
   * by id (aliases together), relations kept once by id with spans shifted.
   *
   * @param parts each window with what extraction read from it, in text order
   */
  static ExtractionPipeline.Result merge(
      String documentId, List<Map.Entry<Window, ExtractionPipeline.Result>> parts) {
    List<Report> reports = new ArrayList<>();
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    Map<String, Relation> relations = new LinkedHashMap<>();
    for (Map.Entry<Window, ExtractionPipeline.Result> part : parts) {
      int offset = part.getKey().offset();
      Map<String, String> renamed = new HashMap<>();
      for (Report r : part.getValue().reports()) {
        renamed.put(
            r.id(),
            String.format(
                Locale.ROOT, "%s-r%02d", documentId, reports.size() + 1 + renamed.size()));
      }
      for (Report r : part.getValue().reports()) {
        reports.add(
            r.renumbered(
                renamed.get(r.id()),
                r.span().shifted(offset),
                r.retaliationFor() == null ? null : renamed.get(r.retaliationFor())));
      }
      for (Actor a : part.getValue().actors()) {
        actors.putIfAbsent(a.id(), a);
        aliases.computeIfAbsent(a.id(), id -> new LinkedHashSet<>()).addAll(a.aliases());
      }
      for (Relation r : part.getValue().relations()) {
        relations.putIfAbsent(
            r.id(),
            r.span() == null
                ? r
                : new Relation(
                    r.id(),
                    r.subject(),
                    r.type(),
                    r.object(),
                    r.documentId(),
                    r.evidence(),
                    r.span().shifted(offset),
                    r.prior()));
      }
    }
    List<Actor> merged = new ArrayList<>();
    for (Actor a : actors.values()) {
      Set<String> names = aliases.get(a.id());
      names.remove(a.name());
      merged.add(
          new Actor(a.id(), a.name(), a.kind(), a.country(), List.copyOf(names), a.parent()));
    }
    return new ExtractionPipeline.Result(reports, merged, new ArrayList<>(relations.values()));
  }
}
