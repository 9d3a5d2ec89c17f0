package app.parley.api.orders;

import app.parley.api.http.ApiProblem;
import app.parley.api.orders.OrderBodies.LineInput;
import app.parley.catalog.application.Services;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.orders.model.OrderLine;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Lines staff enter (service id + quantity) made into catalog lines: the tenant's service, its name and price now. */
public final class CatalogLines {
    private CatalogLines() {}

    public static List<OrderLine> of(Services services, TenantId tenant, List<LineInput> items) {
        return items.stream().map(i -> line(services, tenant, i)).toList();
    }

    private static OrderLine line(Services services, TenantId tenant, LineInput in) {
        Service s;
        try {
            s = services.find(tenant, new ServiceId(in.serviceId())).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            s = null;
        }
        if (s == null) throw ApiProblem.invalid("items.serviceId", in.serviceId() + " is not a service of this business.");
        return new OrderLine(s.id(), s.name(), s.price(), in.quantity());
    }
}
