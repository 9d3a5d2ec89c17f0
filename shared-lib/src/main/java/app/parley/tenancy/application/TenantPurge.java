package app.parley.tenancy.application;

import app.parley.tenancy.model.Tenant;

/** Removes every item of a tenant from both tables. Irreversible. */
public interface TenantPurge {
    void purge(Tenant tenant);
}
