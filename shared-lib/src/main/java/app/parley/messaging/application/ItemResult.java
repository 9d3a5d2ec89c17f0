package app.parley.messaging.application;

import java.time.Duration;
import java.util.Optional;

/** How one queue message ended: done (deleted), or to be retried after an optional delay. */
public sealed interface ItemResult {
    record Done() implements ItemResult {}

    /** Empty delay: the queue's own visibility timeout applies. */
    record Retry(Optional<Duration> after) implements ItemResult {}

    static ItemResult done() { return new Done(); }

    static ItemResult retryAfter(Duration delay) { return new Retry(Optional.of(delay)); }
}
