package org.sitrep.resolve;

import java.util.Objects;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/**
 * One place where a document's cleaned text names an actor.
 *
 * @param span where, in UTF-16 offsets into the cleaned text
 * @param surface the text at {@code span}, exactly as written
 * @param actor the actor named: from the registry, or a {@code new:} actor the text introduced
 * @param form whether the text names the actor itself, uses it as a modifier or as a metonym
 */
public record ActorMention(Span span, String surface, Actor actor, MentionForm form) {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(form, "form");
  }

  /** True when the name only qualifies something else ("Iran-backed militias" are not Iran). */
  public boolean modifier() {
    return form == MentionForm.MODIFIER;
  }
}
