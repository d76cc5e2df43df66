package org.sitrep.model;

/** The kinds of actor, after ACLED's inter codes, plus states and people. */
public enum ActorKind {
  STATE,
  STATE_FORCES,
  REBEL_GROUP,
  POLITICAL_MILITIA,
  IDENTITY_MILITIA,
  PROTESTERS,
  /** ACLED's rioters: a crowd turned violent, told apart from peaceful protesters. */
  RIOTERS,
  CIVILIANS,
  EXTERNAL_FORCES,
  ALLIANCE,
  ORGANIZATION,
  PERSON;

  /** The lower-case, space-separated name used in exports, e.g. {@code rebel group}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
