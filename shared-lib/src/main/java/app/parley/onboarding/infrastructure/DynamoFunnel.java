package app.parley.onboarding.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.onboarding.application.Funnel;
import app.parley.onboarding.model.FunnelLine;
import app.parley.onboarding.model.FunnelStep;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code P#FUNNEL}: one line per tenant ({@code TENANT#<id>}, a timestamp attribute per step reached) and
 * {@code TOTALS} (a counter per step). The line's "not yet reached" condition and the counter's increment
 * are one transaction, so each tenant counts once per step however often the step repeats.
 */
public final class DynamoFunnel implements Funnel {
    private final PlatformTable platform;

    public DynamoFunnel(PlatformTable platform) { this.platform = platform; }

    @Override
    public boolean reached(TenantId tenant, String name, FunnelStep step, Instant at) {
        var line = platform.updateInTransaction(Keys.platformFunnel(), Keys.funnelTenant(tenant), new Expression(
                "SET #step = :at, tenantId = :tenant, #name = :name", "attribute_not_exists(#step)",
                Map.of("#step", step.name(), "#name", "name"),
                Map.of(":at", s(at.toString()), ":tenant", s(tenant.value()), ":name", s(name))));
        var total = platform.updateInTransaction(Keys.platformFunnel(), Keys.FUNNEL_TOTALS, new Expression(
                "ADD #step :one", null, Map.of("#step", step.name()), Map.of(":one", n(1))));
        return platform.transact(List.of(line, total)).committed();
    }

    @Override
    public List<FunnelLine> lines() {
        return platform.query(Keys.platformFunnel(), "TENANT#", Integer.MAX_VALUE, false).stream().map(DynamoFunnel::line).toList();
    }

    @Override
    public Map<FunnelStep, Long> totals() {
        Map<FunnelStep, Long> totals = new EnumMap<>(FunnelStep.class);
        var item = platform.get(Keys.platformFunnel(), Keys.FUNNEL_TOTALS).orElse(Map.of());
        for (FunnelStep step : FunnelStep.values()) totals.put(step, item.containsKey(step.name()) ? num(item, step.name()) : 0L);
        return totals;
    }

    private static FunnelLine line(Map<String, AttributeValue> i) {
        Map<FunnelStep, Instant> reached = new EnumMap<>(FunnelStep.class);
        for (FunnelStep step : FunnelStep.values()) {
            if (i.containsKey(step.name())) reached.put(step, instant(i, step.name()));
        }
        return new FunnelLine(new TenantId(str(i, "tenantId")), optStr(i, "name"), reached);
    }
}
