package app.parley.audit.application;

import app.parley.audit.model.AuditEvent;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.List;

public interface AuditEvents {
    /** Tenant events go to the tenant's trail, platform events to the platform's. */
    void record(AuditEvent event);

    List<AuditEvent> onDay(TenantId tenant, LocalDate day);

    List<AuditEvent> platformOnDay(LocalDate day);
}
