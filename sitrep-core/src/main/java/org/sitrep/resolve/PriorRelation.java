package org.sitrep.resolve;

import java.util.Objects;
import org.sitrep.model.RelationType;

/**
 * A relation between two registry actors known before any article is read ("Hassan Nasrallah leads
 * Hezbollah"), as opposed to one a text states.
 *
 * @param subject id of the actor the relation starts from
 * @param type what the subject is to the object
 * @param object id of the other actor
 */
public record PriorRelation(String subject, RelationType type, String object) {
  public PriorRelation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(object, "object");
  }
}
