package app.parley.billing.infrastructure;

import app.parley.billing.application.SubscriptionChange;
import app.parley.billing.application.SubscriptionSave;
import app.parley.billing.application.Subscriptions;
import app.parley.billing.model.Subscription;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantTable;
import app.parley.persistence.Transaction;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Subscriptions: the item in the tenant's partition (versioned), its platform registry line,
 * the figure counters, revenue and the provider-event marker, in one transaction.
 */
public final class DynamoSubscriptions implements Subscriptions {
    private static final Duration EVENT_MARKER_LIFETIME = Duration.ofDays(90);
    private final Tables tables;
    private final Clock clock;

    public DynamoSubscriptions(Tables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public Optional<Subscription> find(TenantId tenant) {
        return tables.tenant().get(tenant, Keys.billing(tenant), Keys.SUBSCRIPTION)
                .map(i -> SubscriptionItems.subscription(i, tenant));
    }

    /** The subscription of an item read elsewhere (the reply gate's batch). */
    public static Subscription subscriptionOf(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item, TenantId tenant) {
        return SubscriptionItems.subscription(item, tenant);
    }

    @Override
    public SubscriptionSave save(SubscriptionChange change) {
        Subscription before = change.before();
        Subscription next = change.after().withVersion(before == null ? 1 : before.version() + 1);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(before == null
                ? tables.tenant().putInTransaction(SubscriptionItems.subscription(next), TenantTable.NEW_ITEM)
                : tables.tenant().putInTransaction(SubscriptionItems.subscription(next), "version = :expected",
                        Map.of(":expected", Attrs.n(before.version()))));
        writes.add(tables.platform().putInTransaction(SubscriptionItems.registryLine(next), null));
        writes.addAll(FigureWrites.of(tables.platform(), change, next.tenant(), clock.instant()));
        int marker = writes.size();
        change.appliedEvent().ifPresent(e -> writes.add(tables.platform().putInTransaction(
                PlatformItem.of(Keys.platformPaymentEvent(e.provider(), e.eventId()), Keys.META)
                        .with("tenantId", next.tenant().value()).expiresAt(clock.instant().plus(EVENT_MARKER_LIFETIME)),
                TenantTable.NEW_ITEM)));
        Transaction.Outcome outcome = tables.tenant().transact(next.tenant(), writes);
        if (outcome.committed()) return new SubscriptionSave.Saved(next);
        if (change.appliedEvent().isPresent() && outcome.failedAt(marker)) return new SubscriptionSave.AlreadyApplied();
        return new SubscriptionSave.Stale();
    }

    @Override
    public List<TenantId> dueBy(Instant now) {
        return tables.platform().listUpTo(Keys.platformBillingDue(), Keys.sortableTime(now) + "#~", Integer.MAX_VALUE).stream()
                .map(i -> new TenantId(Attrs.str(i, "tenantId"))).toList();
    }

    @Override
    public List<TenantId> subscribed() {
        return tables.platform().query(Keys.platformSubscriptions(), "", Integer.MAX_VALUE, false).stream()
                .map(i -> new TenantId(Attrs.str(i, "tenantId"))).toList();
    }
}
