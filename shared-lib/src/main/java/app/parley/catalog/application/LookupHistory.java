package app.parley.catalog.application;

import app.parley.catalog.model.LookupChange;
import app.parley.common.model.Page;
import app.parley.tenancy.model.TenantId;

/** Every change of a tenant's lookup tables, per table, newest first. */
public interface LookupHistory {
    void record(LookupChange change);

    Page<LookupChange> page(TenantId tenant, String table, int limit, String cursor);
}
