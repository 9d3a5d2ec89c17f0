package app.parley.tenancy.application;

import app.parley.tenancy.model.Lifecycle;
import app.parley.tenancy.model.RegisterTenant;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantRegistration;
import java.time.Clock;

public final class RegisteringTenants {
    private final Tenants tenants;
    private final Clock clock;

    public RegisteringTenants(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    public TenantRegistration register(RegisterTenant c) {
        Tenant tenant = new Tenant(TenantId.newId(), c.slug(), c.name(), c.currency(), c.timezone(), c.locale(),
                c.profile(), c.workingHours(), c.whatsapp(), c.ai(), Lifecycle.created(), clock.instant(), 1);
        return tenants.register(tenant);
    }
}
