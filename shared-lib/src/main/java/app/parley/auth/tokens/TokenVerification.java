package app.parley.auth.tokens;

import app.parley.auth.access.Principal;
import java.time.Instant;

/** What {@link AccessTokens#verify} found: a principal to act for, or a reason to answer 401. */
public sealed interface TokenVerification {
    record Valid(Principal principal, String tokenId, Instant expiresAt) implements TokenVerification {}

    record Invalid(Reason reason) implements TokenVerification {}

    enum Reason {
        /** Not a compact JWS, or unreadable header or claims. */
        MALFORMED,
        /** {@code alg} other than RS256: {@code none}, HMAC (key confusion), ECDSA, other RSA variants, or an encrypted JWT. */
        UNSUPPORTED_ALGORITHM,
        /** {@code typ} is not {@code at+jwt}: some other kind of JWT. */
        WRONG_TYPE,
        /** No {@code kid}, or a {@code kid} we do not hold. */
        UNKNOWN_KEY,
        /** The signature does not match header and payload under the named key. */
        BAD_SIGNATURE,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        EXPIRED,
        NOT_YET_VALID,
        /** Signed by us, but the claims do not describe a principal (missing or inconsistent). */
        BAD_CLAIMS
    }
}
