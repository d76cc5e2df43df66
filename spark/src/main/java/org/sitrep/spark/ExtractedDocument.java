package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;
import org.sitrep.store.StoredDocument;

/**
 * One document and what extraction read from it: the unit the job keeps between runs, so that a
 * later run extracts only what is new.
 *
 * @param document the document in its current version
 * @param extractor the extractor version that read it
 * @param reports its reports
 * @param actors the actors it names, with the surface forms met
 * @param relations its text relations and the prior relations of its actors
 */
public record ExtractedDocument(
    StoredDocument document,
    String extractor,
    List<Report> reports,
    List<Actor> actors,
    List<Relation> relations)
    implements Serializable {
  public ExtractedDocument {
    reports = List.copyOf(reports);
    actors = List.copyOf(actors);
    relations = List.copyOf(relations);
  }
}
