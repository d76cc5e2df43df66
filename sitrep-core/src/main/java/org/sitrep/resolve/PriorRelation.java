package org.sitrep.resolve;

import java.util.Locale;
import java.util.Objects;

/**
 * A relation between two registry actors known before any article is read ("Hassan Nasrallah leads
 * Hezbollah"), as opposed to one a text states.
 *
 * @param subject id of the actor the relation starts from
 * @param type what the subject is to the object
 * @param object id of the other actor
 */
public record PriorRelation(String subject, Type type, String object) {
  public PriorRelation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(object, "object");
  }

  /** The kinds of relation, after the answer key's vocabulary. */
  public enum Type {
    /** Member, branch or unit of. */
    PART_OF,
    LEADER_OF,
    BACKED_BY,
    ALLIED_WITH,
    ADVERSARY_OF;

    /** The lower-case name used in data files and exports, e.g. {@code part_of}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type a code names.
     *
     * @throws IllegalArgumentException when {@code code} names no type
     */
    public static Type ofCode(String code) {
      return Type.valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
  }
}
