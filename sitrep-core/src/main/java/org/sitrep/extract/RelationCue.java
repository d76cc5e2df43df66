package org.sitrep.extract;

import org.sitrep.model.RelationType;

/** The kinds of rule in {@code relation-cues.tsv}. */
public enum RelationCue {
  /** A phrase stating that the subject is a member, branch or unit of the object. */
  PART_OF(RelationType.PART_OF),
  /** A phrase stating that the subject leads, founded or commands the object. */
  LEADER_OF(RelationType.LEADER_OF),
  /** A phrase stating that the object arms, funds or sponsors the subject. */
  BACKED_BY(RelationType.BACKED_BY),
  /** A phrase stating that the two cooperate or share ties. */
  ALLIED_WITH(RelationType.ALLIED_WITH),
  /** A phrase stating that the two fight or oppose each other. */
  ADVERSARY_OF(RelationType.ADVERSARY_OF),
  /** A conjunction between two names of one enumeration ("B and the C"), matched whole. */
  LIST,
  /**
   * A comma between two names of one enumeration ("A, B"), matched whole; only an enumeration that
   * a {@link #LIST} conjunction closes is one ("Al-Shabaab, al-Qaeda's affiliate" is not).
   */
  LIST_COMMA,
  /**
   * A word that, inside the stretch a cue matched, says the relation does not hold ("is not part
   * of", "no longer backs").
   */
  NEGATION,
  /** What, just before a state's name, makes it a place rather than an actor ("in Lebanon"). */
  PLACE;

  private final RelationType type;

  RelationCue() {
    this(null);
  }

  RelationCue(RelationType type) {
    this.type = type;
  }

  /** The relation a rule of this kind states; null for enumerations and places. */
  public RelationType type() {
    return type;
  }
}
