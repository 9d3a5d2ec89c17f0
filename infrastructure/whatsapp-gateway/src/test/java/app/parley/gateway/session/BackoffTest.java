package app.parley.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 12, new SplittableRandom(11));

    @Test
    void every_wait_lies_between_half_and_all_of_its_exponential_ceiling() {
        for (int round = 0; round < 500; round++) {
            for (int attempt = 1; attempt <= 12; attempt++) {
                Duration ceiling = backoff.ceiling(attempt);
                assertThat(backoff.delayBefore(attempt).orElseThrow()).isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(12)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitter_spreads_a_storm_instead_of_reconnecting_in_lockstep() {
        Set<Duration> waits = new HashSet<>();
        for (int session = 0; session < 100; session++) waits.add(backoff.delayBefore(4).orElseThrow());
        assertThat(waits).hasSizeGreaterThan(90);
    }

    @Test
    void attempts_are_bounded() {
        assertThat(backoff.delayBefore(13)).isEmpty();
        assertThat(backoff.delayBefore(0)).isEmpty();
    }
}
