package app.parley.auth.tokens;

import java.time.Duration;
import java.util.Objects;

/** Who issues access tokens, for whom, for how long, and how much clock drift verification forgives. */
public record AccessTokenSettings(String issuer, String audience, Duration lifetime, Duration clockSkew) {
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

    public AccessTokenSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        if (lifetime.isNegative() || lifetime.isZero() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("lifetime must be positive and clock skew not negative");
        }
    }

    public static AccessTokenSettings of(String issuer, String audience) {
        return new AccessTokenSettings(issuer, audience, DEFAULT_LIFETIME, DEFAULT_CLOCK_SKEW);
    }
}
