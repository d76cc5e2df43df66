package org.sitrep.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs work holding a permit of a semaphore, and refuses it with 503 when no permit frees up in
 * time. The server keeps two pools, light and heavy requests, so that slow whole-selection work
 * waits for its own few permits while pages and single events keep being served.
 */
final class Permits {
  /** Work that may throw. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  private Permits() {}

  /**
   * Runs {@code work} once a permit of {@code permits} is free, waiting at most {@code waitMillis}.
   *
   * @throws ApiException 503 when no permit frees up in time
   */
  static void run(Semaphore permits, long waitMillis, Work work) throws Exception {
    if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
      throw new ApiException(503, "busy", "the server is busy; try again shortly", null);
    }
    try {
      work.run();
    } finally {
      permits.release();
    }
  }
}
