package org.sitrep.store;

import java.util.function.Consumer;
import org.sqlite.BusyHandler;

/**
 * Waits while another process writes to the store, instead of failing with {@code SQLITE_BUSY}:
 * retries with a growing pause, says once in a while that it is waiting, and gives up only after
 * {@link #GIVE_UP_NANOS}. One per connection.
 */
final class StoreWait extends BusyHandler {
  /** Say so once a wait has lasted this long. */
  private static final long NOTICE_AFTER_NANOS = 1_000_000_000L;

  /** Then no more than once per this long. */
  private static final long NOTICE_EVERY_NANOS = 30_000_000_000L;

  /** A writer holds the store for one document or one fusion; ten minutes is far beyond that. */
  static final long GIVE_UP_NANOS = 600_000_000_000L;

  private final Consumer<String> notice;
  private long waitStarted;
  private long lastNotice = Long.MIN_VALUE;

  StoreWait(Consumer<String> notice) {
    this.notice = notice;
  }

  @Override
  protected int callback(int previousCalls) {
    long now = System.nanoTime();
    if (previousCalls == 0) {
      waitStarted = now;
    }
    long waited = now - waitStarted;
    if (waited >= GIVE_UP_NANOS) {
      return 0; // SQLITE_BUSY after all, named by the caller
    }
    if (waited >= NOTICE_AFTER_NANOS
        && (lastNotice == Long.MIN_VALUE || now - lastNotice >= NOTICE_EVERY_NANOS)) {
      lastNotice = now;
      notice.accept(
          "the store is busy: another process is writing to it; waiting for its turn ("
              + waited / 1_000_000_000L
              + " s so far)");
    }
    try {
      Thread.sleep(Math.min(200, 5L * (previousCalls + 1)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    return 1;
  }
}
