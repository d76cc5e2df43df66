package org.sitrep.model;

import java.util.Locale;

/** What one actor is to another, in the answer keys' and the export's vocabulary. */
public enum RelationType {
  /** Member, branch or unit of. */
  PART_OF,
  /** Leads, founded or commands. */
  LEADER_OF,
  /** Armed, funded or sponsored by. */
  BACKED_BY,
  /** Cooperates or shares ties with; symmetric. */
  ALLIED_WITH,
  /** Fights or opposes; symmetric. */
  ADVERSARY_OF;

  /** The lower-case name used in data files, the store and exports, e.g. {@code part_of}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the relation holds both ways, so that its subject and object may be swapped. */
  public boolean symmetric() {
    return this == ALLIED_WITH || this == ADVERSARY_OF;
  }

  /**
   * The type a code names, ignoring case and surrounding space.
   *
   * @throws IllegalArgumentException when {@code code} names no type
   */
  public static RelationType ofCode(String code) {
    return RelationType.valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
