package app.parley.auth.throttling;

import java.time.Duration;

/** Go ahead, or wait: {@code retryAfter} feeds a 429's {@code Retry-After} (whole seconds, rounded up). */
public sealed interface ThrottleDecision {
    record Allowed() implements ThrottleDecision {}

    record Throttled(Duration retryAfter) implements ThrottleDecision {
        public long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
