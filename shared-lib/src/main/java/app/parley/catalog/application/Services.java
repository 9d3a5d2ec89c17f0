package app.parley.catalog.application;

import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Page;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface Services {
    void save(Service service);
    Optional<Service> find(TenantId tenant, ServiceId id);
    List<Service> list(TenantId tenant);
    /** In id (creation) order, {@code limit} at most, after {@code cursor} (null: from the start). */
    Page<Service> page(TenantId tenant, int limit, String cursor);
    boolean remove(TenantId tenant, ServiceId id);

    /** Writes every new service (fresh ids) or none: on any failure the ones already written are removed again. */
    void saveAllOrNone(TenantId tenant, List<Service> services);
}
