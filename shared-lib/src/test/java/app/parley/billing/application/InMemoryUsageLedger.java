package app.parley.billing.application;

import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageTotals;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ledger's contract in memory, for volumes DynamoDB Local is too slow for: a marker per
 * event id (first writer wins) and counters split over 8 random shards, summed on read.
 */
final class InMemoryUsageLedger implements UsageLedger {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> shards = new ConcurrentHashMap<>();

    @Override
    public Recorded record(TenantId tenant, List<UsageEvent> events) {
        int counted = 0;
        for (UsageEvent e : events) {
            if (!seen.add(tenant.value() + "|" + e.eventId())) continue;
            String shard = tenant.value() + "|" + e.period() + "|" + ThreadLocalRandom.current().nextInt(8) + "|" + e.counter().key();
            shards.computeIfAbsent(shard, k -> new AtomicLong()).addAndGet(e.quantity());
            counted++;
        }
        return new Recorded(counted, events.size() - counted);
    }

    @Override
    public UsageTotals totals(TenantId tenant, String period) {
        Map<String, Long> sums = new ConcurrentHashMap<>();
        String prefix = tenant.value() + "|" + period + "|";
        shards.forEach((key, value) -> {
            if (key.startsWith(prefix)) sums.merge(key.substring(key.indexOf('|', prefix.length()) + 1), value.get(), Long::sum);
        });
        return new UsageTotals(period, sums);
    }
}
