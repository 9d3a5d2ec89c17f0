package app.parley.onboarding.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Map;

/** One business's funnel: when it reached each step it reached. */
public record FunnelLine(TenantId tenant, String name, Map<FunnelStep, Instant> reached) {
    public FunnelLine { reached = Map.copyOf(reached); }
}
