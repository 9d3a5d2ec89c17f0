package app.parley.auth.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.auth.application.Users;
import app.parley.auth.model.*;
import app.parley.common.model.Page;
import app.parley.persistence.*;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Tenant staff live in the tenant table ({@code T#t#USERS / USER#id}); platform users in the
 * platform table ({@code P#ADMIN#id}); {@code P#EMAIL#email} points at either.
 */
public final class DynamoUsers implements Users {
    private static final int EMAIL_CLAIM = 1;
    private final Tables tables;

    public DynamoUsers(Tables tables) { this.tables = tables; }

    @Override
    public UserCreation create(User user) {
        TransactWriteItem claim = tables.platform().putInTransaction(emailClaim(user), TenantTable.NEW_ITEM);
        Transaction.Outcome outcome = user.tenant()
                .map(t -> tables.tenant().transact(t, List.of(tables.tenant().putInTransaction(tenantItem(t, user), TenantTable.NEW_ITEM), claim)))
                .orElseGet(() -> tables.platform().transact(List.of(
                        tables.platform().putInTransaction(platformItem(user), TenantTable.NEW_ITEM), claim)));
        if (outcome.committed()) return new UserCreation.Created(user);
        if (outcome.failedAt(EMAIL_CLAIM)) return new UserCreation.EmailTaken(user.email());
        throw new IllegalStateException("user id already taken: " + outcome.reasons());
    }

    @Override
    public Optional<User> find(TenantId tenant, UserId id) {
        return tables.tenant().get(tenant, Keys.users(tenant), Keys.user(id.value())).map(DynamoUsers::user);
    }

    @Override
    public List<User> list(TenantId tenant) {
        return tables.tenant().query(tenant, Keys.users(tenant), "USER#", Integer.MAX_VALUE, false).stream().map(DynamoUsers::user).toList();
    }

    @Override
    public Page<User> page(TenantId tenant, int limit, String cursor) {
        return tables.tenant().queryPage(tenant, Keys.users(tenant), "USER#", limit, false, cursor).toPage(DynamoUsers::user);
    }

    @Override
    public Optional<User> findPlatformUser(UserId id) {
        return tables.platform().get(Keys.platformAdmin(id.value()), Keys.META).map(DynamoUsers::user);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return tables.platform().get(Keys.platformEmail(email.value()), Keys.META).flatMap(claim -> {
            UserId id = new UserId(str(claim, "userId"));
            String tenant = optStr(claim, "tenantId");
            return tenant == null ? findPlatformUser(id) : find(new TenantId(tenant), id);
        });
    }

    @Override
    public boolean update(User user) {
        Map<String, AttributeValue> same = Map.of(":email", s(user.email().value()));
        return user.tenant().map(t -> tables.tenant().transact(t, List.of(tables.tenant()
                        .putInTransaction(tenantItem(t, user), "email = :email", same))).committed())
                .orElseGet(() -> tables.platform().transact(List.of(tables.platform()
                        .putInTransaction(platformItem(user), "email = :email", same))).committed());
    }

    private static TenantItem tenantItem(TenantId t, User u) {
        return attributes(TenantItem.of(t, Keys.users(t), Keys.user(u.id().value())), u);
    }

    private static PlatformItem platformItem(User u) {
        return attributes(PlatformItem.of(Keys.platformAdmin(u.id().value()), Keys.META), u);
    }

    private static <B extends ItemBuilder<B>> B attributes(B item, User u) {
        return item.with("userId", u.id().value()).with("tenantId", u.tenant().map(TenantId::value).orElse(null))
                .with("email", u.email().value()).with("name", u.name()).with("role", u.role().name())
                .with("passwordHash", u.passwordHash()).with("active", u.active());
    }

    private static PlatformItem emailClaim(User u) {
        return PlatformItem.of(Keys.platformEmail(u.email().value()), Keys.META)
                .with("userId", u.id().value()).with("tenantId", u.tenant().map(TenantId::value).orElse(null));
    }

    private static User user(Map<String, AttributeValue> i) {
        String tenant = optStr(i, "tenantId");
        return new User(new UserId(str(i, "userId")), Optional.ofNullable(tenant).map(TenantId::new), new Email(str(i, "email")),
                str(i, "name"), Role.valueOf(str(i, "role")), str(i, "passwordHash"), flag(i, "active"));
    }
}
