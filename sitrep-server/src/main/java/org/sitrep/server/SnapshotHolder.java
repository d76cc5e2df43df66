package org.sitrep.server;

import org.sitrep.store.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot requests read, and its reloading: after the server's own writes, and when another
 * process (the CLI extracting or fusing) has written to the store. A reload builds the new snapshot
 * aside and swaps it in, so requests never see half of one.
 */
final class SnapshotHolder {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotHolder.class);

  private final DocumentStore store;
  private final SearchIndex search;
  private volatile Snapshot current;
  private long seenVersion;

  SnapshotHolder(DocumentStore store, SearchIndex search) {
    this.store = store;
    this.search = search;
    this.seenVersion = search.dataVersion();
    this.current = Snapshot.of(store);
  }

  Snapshot get() {
    return current;
  }

  /** Reloads now; returns the new snapshot's number of events. */
  synchronized int reload() {
    // The version is read first: a write that lands while the store is read triggers another
    // reload at the next check instead of being missed.
    seenVersion = search.dataVersion();
    current = Snapshot.of(store);
    return current.events.size();
  }

  /** Reloads when the store has changed since the last load. */
  synchronized void reloadIfChanged() {
    if (search.dataVersion() != seenVersion) {
      reload();
      LOG.info("the store changed: reloaded");
    }
  }
}
