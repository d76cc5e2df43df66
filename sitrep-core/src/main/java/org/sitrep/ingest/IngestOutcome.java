package org.sitrep.ingest;

/** What ingesting one input gives: a clean document, or the reason it was rejected. */
public sealed interface IngestOutcome permits CleanDocument, Rejection {}
