package app.parley.tenancy.application;

import app.parley.common.model.SaveOutcome;
import app.parley.tenancy.model.NumberChange;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantRegistration;
import app.parley.tenancy.model.TenantSummary;
import app.parley.tenancy.model.WhatsAppConnection;
import java.util.List;
import java.util.Optional;

public interface Tenants {
    /** Tenant, registry line, slug and (for Cloud API numbers) phone route, all or nothing. */
    TenantRegistration register(Tenant tenant);

    /** Strongly consistent: status and AI settings as of now. */
    Optional<Tenant> find(TenantId id);

    Optional<TenantId> idForSlug(String slug);

    List<TenantSummary> list();

    /** Writes settings and lifecycle if the stored version is still {@code tenant.version()}. Slug and number stay. */
    SaveOutcome<Tenant> update(Tenant tenant);

    /**
     * Moves the tenant (at {@code tenant.version()}) to another WhatsApp connection; the phone route of
     * a Cloud API number is released and claimed in the same transaction as the tenant's settings.
     */
    NumberChange reconnect(Tenant tenant, WhatsAppConnection next);
}
