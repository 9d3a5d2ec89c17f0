package app.parley.api.audit;

import app.parley.api.http.Call;
import app.parley.api.http.Json;
import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.auth.access.Principal;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.Optional;

/**
 * Records every admin and platform action: who, which tenant, what, before and after (JSON), when and
 * from which IP. A tenant's action goes to its own trail and to the platform's system-wide trail.
 */
public final class Auditor {
    private final AuditEvents events;
    private final Clock clock;

    public Auditor(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** An action of tenant staff inside their tenant, or of a super admin on the platform. */
    public void record(Call call, String action, Object before, Object after) {
        Optional<TenantId> tenant = call.principal() instanceof Principal.TenantStaff staff ? Optional.of(staff.tenant()) : Optional.empty();
        write(call, tenant, action, before, after, true);
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
