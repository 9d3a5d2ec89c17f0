package app.parley.auth.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.throttling.ThrottleDecision.Allowed;
import app.parley.auth.throttling.ThrottleDecision.Throttled;
import app.parley.auth.tokens.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final TestClock clock = TestClock.at("2025-03-01T10:00:00Z");
    final RateLimiter limiter = new RateLimiter(new InMemoryThrottleStore<>(), new RateRule(3, 1, Duration.ofSeconds(2)), clock);

    @Test
    void a_full_bucket_allows_a_burst_up_to_its_capacity_then_says_when_to_retry() {
        for (int i = 0; i < 3; i++) assertThat(limiter.acquire("T#t1")).isInstanceOf(Allowed.class);

        assertThat(limiter.acquire("T#t1")).isEqualTo(new Throttled(Duration.ofSeconds(2)));
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.acquire("T#t1")).isEqualTo(new Throttled(Duration.ofMillis(1500)));
    }

    @Test
    void tokens_come_back_at_the_refill_rate_and_never_beyond_capacity() {
        for (int i = 0; i < 3; i++) limiter.acquire("T#t1");

        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.acquire("T#t1")).isInstanceOf(Allowed.class);
        assertThat(limiter.acquire("T#t1")).isInstanceOf(Throttled.class);

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) assertThat(limiter.acquire("T#t1")).isInstanceOf(Allowed.class);
        assertThat(limiter.acquire("T#t1")).isInstanceOf(Throttled.class);
    }

    @Test
    void each_key_has_its_own_bucket() {
        for (int i = 0; i < 3; i++) limiter.acquire("T#t1");

        assertThat(limiter.acquire("T#t1")).isInstanceOf(Throttled.class);
        assertThat(limiter.acquire("T#t2")).isInstanceOf(Allowed.class);
    }
}
