package app.parley.gateway.session;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * min(max, base * 2^(n-1)), so a storm of disconnects never reconnects in lockstep, and gives
 * up after {@code maxAttempts}.
 */
public record Backoff(Duration base, Duration max, int maxAttempts, RandomGenerator random) {
    public static Backoff standard(RandomGenerator random) {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 12, random);
    }

    /** The wait before attempt {@code attempt} (1-based); empty once attempts are used up. */
    public Optional<Duration> delayBefore(int attempt) {
        if (attempt < 1 || attempt > maxAttempts) return Optional.empty();
        long ceiling = ceiling(attempt).toMillis();
        long half = ceiling / 2;
        return Optional.of(Duration.ofMillis(half + random.nextLong(ceiling - half + 1)));
    }

    public Duration ceiling(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 30);
        long millis = base.toMillis() * factor;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
