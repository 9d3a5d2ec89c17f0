package app.parley.conversation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), new Random(7));

    @Test
    void grows_exponentially_within_the_upper_half_and_stops_at_the_cap() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            long ceiling = Math.min(20_000, 1000L << (attempt - 1));
            assertThat(backoff.after(attempt, Optional.empty()).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void a_longer_retry_after_from_meta_wins_but_never_beyond_the_cap() {
        assertThat(backoff.after(1, Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.after(1, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(20));
    }
}
