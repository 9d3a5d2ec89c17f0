package app.parley.api.audit;

import app.parley.api.http.Call;
import app.parley.api.http.Json;
import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.auth.access.Principal;
import app.parley.tenancy.model.TenantId;
import app.parley.reports.application.DailyFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Records every admin and platform action: who, which tenant, what, before and after (JSON), when and
 * from which IP. A tenant's action goes to its own trail and to the platform's system-wide trail.
 */
public final class Auditor {
    private final AuditEvents events;
    private final Clock clock;
    private final DailyFigures figures;

    public Auditor(AuditEvents events, Clock clock) {
        this(events, clock, DailyFigures.NONE);
    }

    /** {@code figures}: each staff action also counts in the tenant's user-activity report. */
    public Auditor(AuditEvents events, Clock clock, DailyFigures figures) {
        this.events = events;
        this.clock = clock;
        this.figures = figures;
    }

    /** An action of tenant staff inside their tenant, or of a super admin on the platform. */
    public void record(Call call, String action, Object before, Object after) {
        Optional<TenantId> tenant = call.principal() instanceof Principal.TenantStaff staff ? Optional.of(staff.tenant()) : Optional.empty();
        write(call, tenant, action, before, after, true);
        tenant.ifPresent(t -> figures.staffActed(t, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), call.actor()));
    }

    /** A super admin's action on one tenant: in that tenant's trail and the platform's. */
    public void recordOnTenant(Call call, TenantId tenant, String action, Object before, Object after) {
        write(call, Optional.of(tenant), action, before, after, true);
    }

    /** A platform action whose tenant is gone (hard delete): the platform trail only. */
    public void recordOnPlatformOnly(Call call, TenantId tenant, String action, Object before, Object after) {
        write(call, Optional.of(tenant), action, before, after, false);
    }

    private void write(Call call, Optional<TenantId> tenant, String action, Object before, Object after, boolean tenantTrail) {
        AuditEvent event = AuditEvent.of(tenant, call.actor(), action, json(before), json(after), clock.instant(), call.sourceIp());
        if (tenant.isEmpty()) {
            events.record(event);
            return;
        }
        if (tenantTrail) events.record(event);
        events.recordOnPlatform(event);
    }

    private static String json(Object value) {
        return value == null ? null : Json.write(value);
    }
}
