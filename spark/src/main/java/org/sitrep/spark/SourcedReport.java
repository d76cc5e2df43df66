package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.model.Report;

/** A report with the name of its document, which its export lines and its event's carry. */
record SourcedReport(Report report, String source) implements Serializable {}
