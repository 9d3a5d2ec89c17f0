package app.parley.conversation.application;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for retries through the queue: about base × 2^(attempt-1),
 * at most {@code cap}, drawn from the upper half of that so retries of many messages spread out.
 * Meta's Retry-After wins when it asks for longer.
 */
public record Backoff(Duration base, Duration cap, RandomGenerator random) {
    public Duration after(int attempt, Optional<Duration> retryAfter) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(20, Math.max(0, attempt - 1)));
        long millis = ceiling / 2 + random.nextLong(ceiling / 2 + 1);
        Duration jittered = Duration.ofMillis(millis);
        return retryAfter.filter(r -> r.compareTo(jittered) > 0).map(r -> r.compareTo(cap) > 0 ? cap : r).orElse(jittered);
    }
}
