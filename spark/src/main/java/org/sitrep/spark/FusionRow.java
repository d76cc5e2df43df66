package org.sitrep.spark;

import java.io.Serializable;

/**
 * What fusion records of one report for the next run: the linked component it was clustered in
 * (named by its smallest report id) and the event it joined.
 */
record FusionRow(String reportId, String component, String eventId) implements Serializable {}
