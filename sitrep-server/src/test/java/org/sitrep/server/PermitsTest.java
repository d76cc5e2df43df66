package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Heavy work that holds every heavy permit does not stop light work; more heavy work waits. */
class PermitsTest {
  @Test
  void aHeavyRequestInFlightLeavesLightRequestsServedAndTurnsAwayAnotherHeavyOne()
      throws Exception {
    Semaphore light = new Semaphore(4);
    Semaphore heavy = new Semaphore(1);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> slow =
          pool.submit(
              () -> {
                Permits.run(
                    heavy,
                    1000,
                    () -> {
                      started.countDown();
                      release.await();
                    });
                return null;
              });
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      AtomicBoolean served = new AtomicBoolean();
      Permits.run(light, 0, () -> served.set(true));
      assertThat(served).isTrue();
      assertThatThrownBy(() -> Permits.run(heavy, 10, () -> {}))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
      release.countDown();
      slow.get(30, TimeUnit.SECONDS);
      assertThat(heavy.availablePermits()).isEqualTo(1);
      assertThat(light.availablePermits()).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPermitIsReturnedWhenTheWorkFails() {
    Semaphore permits = new Semaphore(1);
    assertThatThrownBy(
            () ->
                Permits.run(
                    permits,
                    0,
                    () -> {
                      throw ApiException.badParameter("x", "bad");
                    }))
        .isInstanceOf(ApiException.class);
    assertThat(permits.availablePermits()).isEqualTo(1);
  }
}
