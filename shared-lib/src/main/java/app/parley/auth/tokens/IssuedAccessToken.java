package app.parley.auth.tokens;

import java.time.Duration;
import java.time.Instant;

/** A signed access token (compact JWS) and when it stops being accepted. */
public record IssuedAccessToken(String value, String tokenId, Instant issuedAt, Instant expiresAt) {
    /** The contract's {@code expiresIn}: seconds from issue to expiry. */
    public long expiresInSeconds() {
        return Duration.between(issuedAt, expiresAt).toSeconds();
    }

    @Override
    public String toString() {
        return "IssuedAccessToken[tokenId=" + tokenId + ", expiresAt=" + expiresAt + "]"; // never the token itself
    }
}
