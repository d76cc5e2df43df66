package org.sitrep.ingest.clean;

/**
 * One step of the cleaning chain with one job (drop share lines, strip citation marks, find the
 * byline...). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface PageFilter {
  /** Returns the page with this filter's job done; never null. */
  Page apply(Page page);
}
