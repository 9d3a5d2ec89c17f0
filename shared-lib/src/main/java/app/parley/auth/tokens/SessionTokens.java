package app.parley.auth.tokens;

import java.time.Instant;

/** What login and refresh hand to the client: an access token and the next refresh token. */
public record SessionTokens(IssuedAccessToken accessToken, String refreshToken, Instant sessionExpiresAt) {
    @Override
    public String toString() {
        return "SessionTokens[" + accessToken + ", sessionExpiresAt=" + sessionExpiresAt + "]"; // no secrets
    }
}
