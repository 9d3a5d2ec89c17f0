package app.parley.audit.infrastructure;

import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.common.model.Page;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.List;

public final class DynamoAuditEvents implements AuditEvents {
    private final Tables tables;

    public DynamoAuditEvents(Tables tables) { this.tables = tables; }

    @Override
    public void record(AuditEvent event) {
        event.tenant().ifPresentOrElse(
                t -> tables.tenant().put(AuditItems.tenantItem(t, event)),
                () -> tables.platform().put(AuditItems.platformItem(event)));
    }

    @Override
    public void recordOnPlatform(AuditEvent event) {
        tables.platform().put(AuditItems.platformItem(event));
    }

    @Override
    public Page<AuditEvent> page(TenantId tenant, LocalDate day, int limit, String cursor) {
        return tables.tenant().queryPage(tenant, Keys.audit(tenant, day), "", limit, true, cursor).toPage(AuditItems::event);
    }

    @Override
    public Page<AuditEvent> platformPage(LocalDate day, int limit, String cursor) {
        return tables.platform().queryPage(Keys.platformAudit(day), limit, true, cursor).toPage(AuditItems::event);
    }

    @Override
    public List<AuditEvent> onDay(TenantId tenant, LocalDate day) {
        return tables.tenant().query(tenant, Keys.audit(tenant, day), "", Integer.MAX_VALUE, false).stream()
                .map(AuditItems::event).toList();
    }

    @Override
    public List<AuditEvent> platformOnDay(LocalDate day) {
        return tables.platform().query(Keys.platformAudit(day), "", Integer.MAX_VALUE, false).stream()
                .map(AuditItems::event).toList();
    }
}
