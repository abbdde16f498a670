package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  final AtomicLong clock = new AtomicLong(5_000_000_000L);

  @Test
  void aKeySpendsItsBurstThenWaitsForTheRefill() {
    RateLimiter r = new RateLimiter(2, 6, 100, clock::get);
    assertThat(r.acquire("a")).isZero();
    assertThat(r.acquire("a")).isZero();
    assertThat(r.acquire("a")).isEqualTo(10);
    assertThat(r.acquire("b")).isZero();
    clock.addAndGet(10_000_000_000L);
    assertThat(r.acquire("a")).isZero();
    assertThat(r.acquire("a")).isPositive();
  }

  @Test
  void fullBucketsAreForgottenOnceOverTheKeyLimit() {
    RateLimiter r = new RateLimiter(1, 60, 3, clock::get);
    for (int i = 0; i < 5; i++) {
      r.acquire("k" + i);
    }
    assertThat(r.size()).isEqualTo(5);
    clock.addAndGet(2_000_000_000L);
    r.acquire("late");
    assertThat(r.size()).isEqualTo(1);
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThatThrownBy(() -> new RateLimiter(0, 1)).hasMessageContaining("burst");
    assertThatThrownBy(() -> new RateLimiter(1, 0)).hasMessageContaining("perMinute");
  }
}
