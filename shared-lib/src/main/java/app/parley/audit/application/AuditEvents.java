package app.parley.audit.application;

import app.parley.audit.model.AuditEvent;
import app.parley.common.model.Page;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.List;

public interface AuditEvents {
    /** Tenant events go to the tenant's trail, platform events to the platform's. */
    void record(AuditEvent event);

    List<AuditEvent> onDay(TenantId tenant, LocalDate day);

    List<AuditEvent> platformOnDay(LocalDate day);

    /** A copy of a tenant event in the platform trail, for the system-wide log (no tenant scan needed). */
    void recordOnPlatform(AuditEvent event);

    /** One page of a tenant's trail for a day, newest first. */
    Page<AuditEvent> page(TenantId tenant, LocalDate day, int limit, String cursor);

    /** One page of the platform trail for a day, newest first. */
    Page<AuditEvent> platformPage(LocalDate day, int limit, String cursor);
}
