package app.parley.gateway.lease;

import static app.parley.persistence.Attrs.n;
import static app.parley.persistence.Attrs.s;

import app.parley.conversation.model.SessionId;
import app.parley.gateway.client.SessionRef;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Leases as platform items ({@code P#WAGW#SESSIONS}, one item per session). Every change is a
 * conditional write on owner, expiry and fencing token, so two tasks can never both believe
 * they hold a session. Times are epoch milliseconds from the caller's clock.
 */
public final class DynamoSessionLeases implements SessionLeases {
    private final DynamoDbClient client;
    private final PlatformTable platform;

    public DynamoSessionLeases(DynamoDbClient client, PlatformTable platform) {
        this.client = client;
        this.platform = platform;
    }

    @Override
    public void request(SessionRef session, LoginRequest login) {
        update(session, "SET tenant = :tenant, sessionId = :session, active = :true, login = :login, loginId = :loginId",
                null, Map.of(":tenant", s(session.tenant().value()), ":session", s(session.session().value()),
                        ":true", Attrs.flag(true), ":login", s(login.encoded()), ":loginId", s(login.requestId())));
    }

    @Override
    public List<LeaseView> all() {
        return platform.query(Keys.platformGatewaySessions(), "", Integer.MAX_VALUE, false).stream()
                .map(DynamoSessionLeases::view).toList();
    }

    @Override
    public Optional<Lease> acquire(SessionRef session, String task, Instant staleBefore, Instant until) {
        return update(session, "SET #owner = :me, leaseUntil = :until, fence = if_not_exists(fence, :zero) + :one",
                "active = :true AND (attribute_not_exists(#owner) OR leaseUntil <= :stale)",
                Map.of(":me", s(task), ":until", n(until.toEpochMilli()), ":zero", n(0), ":one", n(1),
                        ":true", Attrs.flag(true), ":stale", n(staleBefore.toEpochMilli())))
                .map(item -> new Lease(session, task, Attrs.num(item, "fence"), until));
    }

    @Override
    public void markLoggedIn(Lease lease) {
        update(lease.session(), "SET login = :resume", "#owner = :me AND fence = :fence",
                fenced(lease, Map.of(":resume", s(LoginRequest.resume().encoded()))));
    }

    @Override
    public Optional<LeaseView> renew(Lease lease, Instant now, Duration duration) {
        return update(lease.session(), "SET leaseUntil = :until", held(),
                fenced(lease, Map.of(":until", n(now.plus(duration).toEpochMilli()), ":now", n(now.toEpochMilli()))))
                .map(DynamoSessionLeases::view);
    }

    @Override
    public void release(Lease lease) {
        update(lease.session(), "REMOVE #owner SET leaseUntil = :zero", "#owner = :me AND fence = :fence",
                fenced(lease, Map.of(":zero", n(0))));
    }

    @Override
    public void deactivate(Lease lease) {
        update(lease.session(), "REMOVE #owner SET leaseUntil = :zero, active = :false", "#owner = :me AND fence = :fence",
                fenced(lease, Map.of(":zero", n(0), ":false", Attrs.flag(false))));
    }

    @Override
    public void heartbeatTask(String task, Instant now, Duration ttl) {
        platform.put(PlatformItem.of(Keys.platformGatewayTasks(), Keys.gatewayTask(task))
                .with("aliveUntil", now.plus(ttl).toEpochMilli()).expiresAt(now.plus(Duration.ofDays(1))));
    }

    @Override
    public int liveTasks(Instant now) {
        return (int) platform.query(Keys.platformGatewayTasks(), "", Integer.MAX_VALUE, false).stream()
                .filter(item -> Attrs.num(item, "aliveUntil") > now.toEpochMilli()).count();
    }

    @Override
    public void removeTask(String task) {
        platform.delete(Keys.platformGatewayTasks(), Keys.gatewayTask(task));
    }

    private static String held() {
        return "#owner = :me AND fence = :fence AND leaseUntil > :now";
    }

    private static Map<String, AttributeValue> fenced(Lease lease, Map<String, AttributeValue> more) {
        Map<String, AttributeValue> values = new HashMap<>(more);
        values.put(":me", s(lease.owner()));
        values.put(":fence", n(lease.fence()));
        return values;
    }

    private Optional<Map<String, AttributeValue>> update(SessionRef session, String expression, String condition,
                                                         Map<String, AttributeValue> values) {
        try {
            boolean needsOwner = expression.contains("#owner") || (condition != null && condition.contains("#owner"));
            return Optional.of(client.updateItem(b -> b.tableName(platform.name())
                    .key(TenantTable.key(Keys.platformGatewaySessions(), Keys.gatewaySession(session.tenant(), session.session().value())))
                    .updateExpression(expression).conditionExpression(condition)
                    .expressionAttributeNames(needsOwner ? Map.of("#owner", "owner") : null)
                    .expressionAttributeValues(values).returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    private static LeaseView view(Map<String, AttributeValue> item) {
        SessionRef ref = new SessionRef(new TenantId(Attrs.str(item, "tenant")), new SessionId(Attrs.str(item, "sessionId")));
        AttributeValue until = item.get("leaseUntil");
        AttributeValue fence = item.get("fence");
        return new LeaseView(ref, Attrs.optStr(item, "owner"),
                Instant.ofEpochMilli(until == null ? 0 : Long.parseLong(until.n())),
                fence == null ? 0 : Long.parseLong(fence.n()), Attrs.flag(item, "active"),
                LoginRequest.decode(Attrs.optStr(item, "loginId"), Attrs.optStr(item, "login")));
    }
}
