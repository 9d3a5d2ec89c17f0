package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Retention of items marked {@link TenantItem#retained()}: they get {@code expiresAt} (DynamoDB TTL)
 * from the tenant's message retention ({@code SETTINGS#RETENTION}, read at most once a minute per
 * tenant), and reads hide them once expired, because DynamoDB deletes expired items only eventually.
 */
final class MessageRetention {
    static final String RETAINED = "retention";
    static final String MESSAGE_DAYS = "messageDays";
    private static final Duration SETTINGS_LIFETIME = Duration.ofSeconds(60);

    private record Known(Optional<Integer> days, Instant until) {}

    private final Map<TenantId, Known> known = new ConcurrentHashMap<>();
    private final Clock clock;

    MessageRetention(Clock clock) {
        this.clock = clock;
    }

    Map<String, AttributeValue> apply(TenantId t, Map<String, AttributeValue> item,
                                      Function<TenantId, Optional<Map<String, AttributeValue>>> settings) {
        if (!item.containsKey(RETAINED) || item.containsKey(Keys.EXPIRES_AT)) return item;
        Optional<Integer> days = days(t, settings);
        if (days.isEmpty()) return item;
        Map<String, AttributeValue> kept = new java.util.HashMap<>(item);
        kept.put(Keys.EXPIRES_AT, Attrs.n(clock.instant().plus(Duration.ofDays(days.get())).getEpochSecond()));
        return kept;
    }

    boolean visible(Map<String, AttributeValue> item) {
        AttributeValue expires = item.get(Keys.EXPIRES_AT);
        if (!item.containsKey(RETAINED) || expires == null || expires.n() == null) return true;
        return Long.parseLong(expires.n()) > clock.instant().getEpochSecond();
    }

    void forget(TenantId t) {
        known.remove(t);
    }

    private Optional<Integer> days(TenantId t, Function<TenantId, Optional<Map<String, AttributeValue>>> settings) {
        Instant now = clock.instant();
        Known k = known.get(t);
        if (k == null || now.isAfter(k.until())) {
            Optional<Integer> days = settings.apply(t).filter(i -> i.containsKey(MESSAGE_DAYS)).map(i -> (int) Attrs.num(i, MESSAGE_DAYS));
            k = new Known(days, now.plus(SETTINGS_LIFETIME));
            known.put(t, k);
        }
        return k.days();
    }
}
