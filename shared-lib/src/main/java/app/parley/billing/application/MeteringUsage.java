package app.parley.billing.application;

import app.parley.billing.model.UsageEvent;
import app.parley.tenancy.model.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts usage events into the tenants' period counters, exactly once per event id: repeats
 * inside the batch are dropped here, repeats across batches by the ledger's markers.
 */
public final class MeteringUsage {
    private final UsageLedger ledger;

    public MeteringUsage(UsageLedger ledger) { this.ledger = ledger; }

    public record Metered(int counted, int duplicates) {}

    public Metered record(List<UsageEvent> events) {
        Map<TenantId, List<UsageEvent>> distinct = distinctByTenant(events);
        int repeatsInBatch = events.size() - distinct.values().stream().mapToInt(List::size).sum();
        int counted = 0;
        int duplicates = repeatsInBatch;
        for (Map.Entry<TenantId, List<UsageEvent>> tenant : distinct.entrySet()) {
            List<UsageEvent> own = tenant.getValue();
            for (int i = 0; i < own.size(); i += UsageLedger.MAX_EVENTS_PER_WRITE) {
                UsageLedger.Recorded r = ledger.record(tenant.getKey(), own.subList(i, Math.min(own.size(), i + UsageLedger.MAX_EVENTS_PER_WRITE)));
                counted += r.counted();
                duplicates += r.duplicates();
            }
        }
        return new Metered(counted, duplicates);
    }

    private static Map<TenantId, List<UsageEvent>> distinctByTenant(List<UsageEvent> events) {
        Map<String, UsageEvent> byId = new LinkedHashMap<>();
        for (UsageEvent e : events) byId.putIfAbsent(e.tenantId().value() + "|" + e.eventId(), e);
        Map<TenantId, List<UsageEvent>> byTenant = new LinkedHashMap<>();
        for (UsageEvent e : byId.values()) byTenant.computeIfAbsent(e.tenantId(), t -> new ArrayList<>()).add(e);
        return byTenant;
    }
}
