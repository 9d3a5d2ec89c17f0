package app.parley.auth.tokens;

import java.time.Instant;
import java.util.Optional;

/**
 * Persistence of session families and their refresh token hashes. Raw tokens never reach it.
 *
 * <p>Expected DynamoDB layout (tenant table for staff, platform table for super admins):
 * <pre>
 * PK T#&lt;tid&gt;#SESSION#&lt;familyId&gt;  (platform: P#SESSION#&lt;familyId&gt;)
 *   SK FAMILY          userId, role, startedAt, lastRefreshedAt, status, expiresAt (TTL)
 *   SK RT#&lt;sha256&gt;     used (bool), usedAt, expiresAt (TTL)
 * </pre>
 * {@link #rotate} is one TransactWriteItems: update the presented token item with
 * {@code attribute_exists(PK) AND used = false}, put the next token item with
 * {@code attribute_not_exists(PK)}, update the family with {@code status = ACTIVE}; a cancelled
 * transaction is classified from its cancellation reasons.
 */
public interface RefreshTokenStore {
    /** Stores a new active family and its first, unused token. */
    void open(SessionFamily family, String firstTokenHash);

    Optional<SessionFamily> find(SessionRef ref);

    /**
     * Atomically, only if the family is active and {@code presentedHash} is an unused token of it:
     * marks it used, adds {@code nextHash} as an unused token, sets the family's last refresh to {@code now}.
     */
    Rotation rotate(SessionRef ref, String presentedHash, String nextHash, Instant now);

    /** Whether the hash is one of the family's tokens, used or not. */
    boolean holds(SessionRef ref, String tokenHash);

    /** Ends the family for good; the first reason stays if it was already revoked. */
    void revoke(SessionRef ref, SessionFamily.Status why);

    enum Rotation { ROTATED, ALREADY_USED, NOT_IN_FAMILY, FAMILY_REVOKED }
}
