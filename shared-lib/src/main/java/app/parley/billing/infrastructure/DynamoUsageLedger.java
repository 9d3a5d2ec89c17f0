package app.parley.billing.infrastructure;

import app.parley.billing.application.UsageLedger;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageTotals;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.persistence.Transaction;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Usage counters with exactly-once events: one TransactWriteItems puts a marker per event
 * ({@code attribute_not_exists}) and ADDs the events' sums to one randomly chosen counter shard
 * per period. A marker that exists fails the transaction; its event is a duplicate and the rest
 * are written again. Markers live 35 days, far beyond SQS's 14-day retention.
 */
public final class DynamoUsageLedger implements UsageLedger {
    static final String COUNTER_PREFIX = "u:";
    private static final Duration MARKER_LIFETIME = Duration.ofDays(35);
    private final TenantTable table;
    private final Clock clock;

    public DynamoUsageLedger(TenantTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Recorded record(TenantId tenant, List<UsageEvent> events) {
        if (events.size() > MAX_EVENTS_PER_WRITE) throw new IllegalArgumentException("too many events for one write");
        List<UsageEvent> pending = events;
        int duplicates = 0;
        for (int attempt = 0; attempt < events.size() + 8 && !pending.isEmpty(); attempt++) {
            Transaction.Outcome outcome = tryWrite(tenant, pending, attempt);
            if (outcome == null) continue;
            if (outcome.committed()) return new Recorded(pending.size(), duplicates);
            List<UsageEvent> fresh = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                if (outcome.failedAt(i)) duplicates++;
                else fresh.add(pending.get(i));
            }
            pending = fresh;
        }
        if (pending.isEmpty()) return new Recorded(0, duplicates);
        throw new IllegalStateException("usage counters kept conflicting; the batch will be redelivered");
    }

    /** Null when the transaction collided with another writer on the shard (retried on another shard). */
    private Transaction.Outcome tryWrite(TenantId tenant, List<UsageEvent> pending, int attempt) {
        try {
            return table.transact(tenant, writes(tenant, pending));
        } catch (TransactionCanceledException conflict) {
            pause(attempt);
            return null;
        }
    }

    private List<TransactWriteItem> writes(TenantId tenant, List<UsageEvent> events) {
        List<TransactWriteItem> writes = new ArrayList<>();
        var expires = clock.instant().plus(MARKER_LIFETIME);
        for (UsageEvent e : events) {
            writes.add(table.putInTransaction(TenantItem.of(tenant, Keys.usageEventSeen(tenant, e.eventId()), Keys.META)
                    .with("counter", e.counter().key()).with("quantity", e.quantity()).expiresAt(expires), TenantTable.NEW_ITEM));
        }
        Map<String, List<UsageEvent>> byPeriod = new TreeMap<>();
        events.forEach(e -> byPeriod.computeIfAbsent(e.period(), p -> new ArrayList<>()).add(e));
        byPeriod.forEach((period, own) -> {
            String pk = Keys.usageShard(tenant, period, ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS));
            writes.add(table.updateInTransaction(pk, Keys.COUNTERS, CounterUpdate.of(tenant, pk, period, own)));
        });
        return writes;
    }

    @Override
    public UsageTotals totals(TenantId tenant, String period) {
        Map<String, Long> sums = new TreeMap<>();
        for (int shard = 0; shard < Keys.USAGE_SHARDS; shard++) {
            table.get(tenant, Keys.usageShard(tenant, period, shard), Keys.COUNTERS).ifPresent(item -> add(sums, item));
        }
        return new UsageTotals(period, sums);
    }

    private static void add(Map<String, Long> sums, Map<String, AttributeValue> item) {
        item.forEach((name, value) -> {
            if (name.startsWith(COUNTER_PREFIX)) sums.merge(name.substring(COUNTER_PREFIX.length()), Long.parseLong(value.n()), Long::sum);
        });
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
