package app.parley.catalog.application;

import app.parley.catalog.model.LookupTable;
import app.parley.common.model.Page;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface LookupTables {
    void save(LookupTable table);
    Optional<LookupTable> find(TenantId tenant, String name);
    List<LookupTable> list(TenantId tenant);
    Page<LookupTable> page(TenantId tenant, int limit, String cursor);
    boolean remove(TenantId tenant, String name);
}
