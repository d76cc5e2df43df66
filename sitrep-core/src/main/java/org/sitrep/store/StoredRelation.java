package org.sitrep.store;

import java.util.Objects;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Span;

/**
 * An actor-to-actor relation as the store keeps it.
 *
 * @param id stable id
 * @param subject the actor the relation is stated of; its name is the stored actor's, or its id
 *     when the actor is not stored
 * @param object the other actor, named likewise
 * @param relation {@code part_of}, {@code backed_by}, {@code allied_with}, {@code adversary_of} or
 *     {@code leader_of}
 * @param documentId the document that states it, or null for background knowledge
 * @param evidence the text that states it, or null
 * @param span where {@code evidence} stands in the document's cleaned text, or null
 * @param prior whether it came from background knowledge rather than from a document
 */
public record StoredRelation(
    String id,
    ActorRef subject,
    ActorRef object,
    String relation,
    String documentId,
    String evidence,
    Span span,
    boolean prior) {
  public StoredRelation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(relation, "relation");
  }
}
