package org.sitrep.eval.coded;

/**
 * A share of rows: how many of those scored are right.
 *
 * @param correct rows right
 * @param scored rows scored
 * @param rate correct / scored; 0 when none was scored
 */
public record Score(int correct, int scored, double rate) {
  /** The score with its rate computed. */
  public static Score of(int correct, int scored) {
    return new Score(correct, scored, scored == 0 ? 0 : (double) correct / scored);
  }
}
