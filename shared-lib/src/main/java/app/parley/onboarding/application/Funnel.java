package app.parley.onboarding.application;

import app.parley.onboarding.model.FunnelLine;
import app.parley.onboarding.model.FunnelStep;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The onboarding funnel, written as each step happens: a tenant's first arrival at a step marks its line and
 * counts once in the totals, in one transaction (a repeat changes neither).
 */
public interface Funnel {
    /** True when this was the tenant's first arrival at the step. */
    boolean reached(TenantId tenant, String name, FunnelStep step, Instant at);

    List<FunnelLine> lines();

    Map<FunnelStep, Long> totals();
}
