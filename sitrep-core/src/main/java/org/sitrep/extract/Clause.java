package org.sitrep.extract;

/**
 * One event trigger of a sentence with the stretch of the sentence that speaks of it.
 *
 * @param trigger the trigger, offsets into the sentence
 * @param begin where its clause starts in the sentence
 * @param end where its clause ends in the sentence
 */
record Clause(TriggerMatch trigger, int begin, int end) {}
