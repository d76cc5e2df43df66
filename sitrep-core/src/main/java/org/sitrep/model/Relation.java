package org.sitrep.model;

import java.util.Objects;

/**
 * A relation between two actors: stated in a document (with its evidence), or known before any
 * document was read ({@code prior}).
 *
 * @param id stable id
 * @param subject the actor the relation is stated of
 * @param type what the subject is to the object
 * @param object the other actor
 * @param documentId the document that states it, or null for prior knowledge
 * @param evidence the sentence that states it, or null for prior knowledge
 * @param span where {@code evidence} stands, in UTF-16 offsets into the document's cleaned text, or
 *     null for prior knowledge
 * @param prior whether it is background knowledge (the actor registry) rather than read from text
 */
public record Relation(
    String id,
    ActorRef subject,
    RelationType type,
    ActorRef object,
    String documentId,
    String evidence,
    Span span,
    boolean prior)
    implements java.io.Serializable {
  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(object, "object");
    if (!prior && (documentId == null || evidence == null || span == null)) {
      throw new IllegalArgumentException("relation " + id + " from text needs its document");
    }
  }
}
