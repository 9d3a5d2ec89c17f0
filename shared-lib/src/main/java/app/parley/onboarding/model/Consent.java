package app.parley.onboarding.model;

import java.time.Instant;
import java.util.Objects;

/** The owner accepted these versions of the terms and the privacy notice at this time, from this address. */
public record Consent(String termsVersion, String privacyVersion, Instant at, String sourceIp) {
    public Consent {
        Objects.requireNonNull(termsVersion, "termsVersion");
        Objects.requireNonNull(privacyVersion, "privacyVersion");
        Objects.requireNonNull(at, "at");
    }
}
