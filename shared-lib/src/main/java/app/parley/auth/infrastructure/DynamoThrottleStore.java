package app.parley.auth.infrastructure;

import app.parley.auth.throttling.ThrottleStore;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Throttling state shared by every container: {@code P#THROTTLE#<sha256 of key>} in the platform
 * table (login happens before any tenant is known), with a version attribute so each update is an
 * atomic read-modify-write, retried on conflict, and a TTL so idle keys disappear.
 */
public final class DynamoThrottleStore<S> implements ThrottleStore<S> {
    /** How a state is kept in one item's attributes. */
    public interface StateCodec<S> {
        Map<String, AttributeValue> write(S state);

        S read(Map<String, AttributeValue> item);
    }

    private static final int ATTEMPTS = 8;
    private final PlatformTable platform;
    private final StateCodec<S> codec;
    private final Duration keepFor;
    private final Clock clock;

    public DynamoThrottleStore(PlatformTable platform, StateCodec<S> codec, Duration keepFor, Clock clock) {
        this.platform = platform;
        this.codec = codec;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    @Override
    public Optional<S> find(String key) {
        return platform.get(partition(key), Keys.META).map(codec::read);
    }

    @Override
    public S update(String key, S initial, UnaryOperator<S> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> stored = platform.get(partition(key), Keys.META);
            long version = stored.map(i -> Attrs.num(i, "version")).orElse(0L);
            S next = change.apply(stored.map(codec::read).orElse(initial));
            PlatformItem item = PlatformItem.of(partition(key), Keys.META).with("version", version + 1)
                    .expiresAt(clock.instant().plus(keepFor));
            codec.write(next).forEach(item::with);
            boolean written = stored.isEmpty()
                    ? platform.putIfAbsent(item)
                    : platform.putIf(item, "version = :expected", Map.of(":expected", Attrs.n(version)));
            if (written) return next;
        }
        throw new IllegalStateException("throttle state kept changing under " + ATTEMPTS + " attempts");
    }

    @Override
    public void remove(String key) {
        platform.delete(partition(key), Keys.META);
    }

    private static String partition(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Keys.platformThrottle(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
