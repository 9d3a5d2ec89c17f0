package app.parley.auth.throttling;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Port: per-key throttling state (failure records, token buckets). {@link #update} is an atomic
 * read-modify-write of one key (DynamoDB: a version attribute in a condition, retried on conflict).
 *
 * <p>Expected DynamoDB layout, platform table (login happens before any tenant is known):
 * {@code PK P#THROTTLE#<kind>#<sha256 of key>}, {@code SK META}, state attributes, {@code version},
 * {@code expiresAt} (TTL). API rate buckets of a tenant: {@code PK T#<tid>#RATE#<bucket>}.
 */
public interface ThrottleStore<S> {
    Optional<S> find(String key);

    /** Applies {@code change} to the current state ({@code initial} when there is none) and stores the result. */
    S update(String key, S initial, UnaryOperator<S> change);

    void remove(String key);
}
