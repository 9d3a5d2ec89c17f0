package app.parley.billing.application;

import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageTotals;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Sharded per-period usage counters, each event counted exactly once by its id. */
public interface UsageLedger {
    int MAX_EVENTS_PER_WRITE = 90;

    /** Events of one tenant with distinct ids (at most {@link #MAX_EVENTS_PER_WRITE}). */
    Recorded record(TenantId tenant, List<UsageEvent> events);

    /** Strongly consistent sum of the shards. */
    UsageTotals totals(TenantId tenant, String period);

    record Recorded(int counted, int duplicates) {}
}
