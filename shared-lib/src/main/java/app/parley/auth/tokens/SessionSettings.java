package app.parley.auth.tokens;

import java.time.Duration;

/** How long a login session lasts: at most {@code absoluteLifetime}, and {@code idleTimeout} without a refresh. */
public record SessionSettings(Duration idleTimeout, Duration absoluteLifetime) {
    public static final SessionSettings DEFAULT = new SessionSettings(Duration.ofDays(7), Duration.ofDays(30));

    public SessionSettings {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("idle timeout must be positive and not longer than the session");
        }
    }
}
