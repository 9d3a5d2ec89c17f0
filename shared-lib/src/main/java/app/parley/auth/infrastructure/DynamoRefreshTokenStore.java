package app.parley.auth.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.tokens.RefreshTokenStore;
import app.parley.auth.tokens.SessionFamily;
import app.parley.auth.tokens.SessionRef;
import app.parley.persistence.Expression;
import app.parley.persistence.ItemBuilder;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.persistence.Transaction;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Session families in DynamoDB, as {@link RefreshTokenStore} lays them out: staff sessions in their
 * tenant's partition ({@code T#t#SESSION#f}), super admin sessions on the platform ({@code P#SESSION#f});
 * SK {@code FAMILY} and one {@code RT#<sha256>} item per token, all with a TTL at the session's end.
 * A rotation is one transaction, so two racing refreshes of one token cannot both win.
 */
public final class DynamoRefreshTokenStore implements RefreshTokenStore {
    private static final int PRESENTED = 0;
    private static final int FAMILY = 2;
    private static final String ACTIVE = SessionFamily.Status.ACTIVE.name();
    private final Tables tables;

    public DynamoRefreshTokenStore(Tables tables) { this.tables = tables; }

    @Override
    public void open(SessionFamily family, String firstTokenHash) {
        SessionRef ref = family.ref();
        List<TransactWriteItem> writes = List.of(
                put(ref, familyItem(ref, family), TenantTable.NEW_ITEM),
                put(ref, tokenItem(ref, firstTokenHash, family.expiresAt()), TenantTable.NEW_ITEM));
        if (!transact(ref, writes).committed()) throw new IllegalStateException("session family exists: " + ref);
    }

    @Override
    public Optional<SessionFamily> find(SessionRef ref) {
        return get(ref, Keys.FAMILY).map(i -> family(ref, i));
    }

    @Override
    public Rotation rotate(SessionRef ref, String presentedHash, String nextHash, Instant now) {
        Optional<SessionFamily> family = find(ref);
        if (family.isEmpty()) return Rotation.NOT_IN_FAMILY;
        Transaction.Outcome outcome = transact(ref, List.of(
                update(ref, Keys.refreshToken(presentedHash), new Expression("SET used = :true, usedAt = :now",
                        "attribute_exists(PK) AND used = :false", Map.of(),
                        Map.of(":true", flag(true), ":false", flag(false), ":now", s(now.toString())))),
                put(ref, tokenItem(ref, nextHash, family.get().expiresAt()), TenantTable.NEW_ITEM),
                update(ref, Keys.FAMILY, new Expression("SET lastRefreshedAt = :now", "#status = :active",
                        Map.of("#status", "status"), Map.of(":now", s(now.toString()), ":active", s(ACTIVE))))));
        if (outcome.committed()) return Rotation.ROTATED;
        if (outcome.failedAt(FAMILY)) return Rotation.FAMILY_REVOKED;
        if (outcome.failedAt(PRESENTED)) return holds(ref, presentedHash) ? Rotation.ALREADY_USED : Rotation.NOT_IN_FAMILY;
        throw new IllegalStateException("refresh token collision: " + outcome.reasons());
    }

    @Override
    public boolean holds(SessionRef ref, String tokenHash) {
        return get(ref, Keys.refreshToken(tokenHash)).isPresent();
    }

    @Override
    public void revoke(SessionRef ref, SessionFamily.Status why) {
        Expression revoke = new Expression("SET #status = :why", "#status = :active", Map.of("#status", "status"),
                Map.of(":why", s(why.name()), ":active", s(ACTIVE)));
        ref.tenant().ifPresentOrElse(
                t -> tables.tenant().update(t, Keys.loginSession(t, ref.familyId()), Keys.FAMILY, revoke),
                () -> tables.platform().update(Keys.platformLoginSession(ref.familyId()), Keys.FAMILY, revoke));
    }

    private Optional<Map<String, AttributeValue>> get(SessionRef ref, String sk) {
        return ref.tenant().map(t -> tables.tenant().get(t, partition(ref), sk))
                .orElseGet(() -> tables.platform().get(partition(ref), sk));
    }

    private Transaction.Outcome transact(SessionRef ref, List<TransactWriteItem> writes) {
        return ref.tenant().map(t -> tables.tenant().transact(t, writes)).orElseGet(() -> tables.platform().transact(writes));
    }

    private TransactWriteItem put(SessionRef ref, ItemBuilder<?> item, String condition) {
        return switch (item) {
            case TenantItem t -> tables.tenant().putInTransaction(t, condition);
            case PlatformItem p -> tables.platform().putInTransaction(p, condition);
        };
    }

    private TransactWriteItem update(SessionRef ref, String sk, Expression update) {
        return ref.tenant().isPresent()
                ? tables.tenant().updateInTransaction(partition(ref), sk, update)
                : tables.platform().updateInTransaction(partition(ref), sk, update);
    }

    private static String partition(SessionRef ref) {
        return ref.tenant().map(t -> Keys.loginSession(t, ref.familyId())).orElseGet(() -> Keys.platformLoginSession(ref.familyId()));
    }

    private static ItemBuilder<?> item(SessionRef ref, String sk) {
        return ref.tenant().<ItemBuilder<?>>map(t -> TenantItem.of(t, partition(ref), sk))
                .orElseGet(() -> PlatformItem.of(partition(ref), sk));
    }

    private static ItemBuilder<?> familyItem(SessionRef ref, SessionFamily f) {
        ItemBuilder<?> item = item(ref, Keys.FAMILY);
        item.with("userId", f.principal().userId()).with("role", f.principal().role().name())
                .with("startedAt", f.startedAt()).with("lastRefreshedAt", f.lastRefreshedAt())
                .with("sessionExpiresAt", f.expiresAt()).with("status", f.status().name()).expiresAt(f.expiresAt());
        return item;
    }

    private static ItemBuilder<?> tokenItem(SessionRef ref, String hash, Instant sessionEnd) {
        ItemBuilder<?> item = item(ref, Keys.refreshToken(hash));
        item.with("used", false).expiresAt(sessionEnd);
        return item;
    }

    private static SessionFamily family(SessionRef ref, Map<String, AttributeValue> i) {
        Principal principal = Principal.of(str(i, "userId"), ref.tenant().orElse(null), AccessRole.valueOf(str(i, "role")));
        return new SessionFamily(ref, principal, instant(i, "startedAt"), instant(i, "lastRefreshedAt"),
                instant(i, "sessionExpiresAt"), SessionFamily.Status.valueOf(str(i, "status")));
    }
}
