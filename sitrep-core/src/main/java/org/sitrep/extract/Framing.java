package org.sitrep.extract;

import org.sitrep.model.Modality;

/**
 * How a sentence puts the event of a trigger it reports as real.
 *
 * @param reference the trigger refers back to an event told before ("after the attack")
 * @param definite the trigger names its event as known ("the explosions")
 * @param datedReference the trigger dates its event in the phrase itself ("the Jan. 3 attack")
 * @param claim the sentence reports a claim of responsibility
 * @param alsoClaimed the claim is the event's own author's too ("also claimed")
 * @param retaliation the event is told as revenge for an earlier one
 * @param modality asserted or alleged
 */
record Framing(
    boolean reference,
    boolean definite,
    boolean datedReference,
    boolean claim,
    boolean alsoClaimed,
    boolean retaliation,
    Modality modality) {}
