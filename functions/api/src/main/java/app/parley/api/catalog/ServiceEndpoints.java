package app.parley.api.catalog;

import static app.parley.auth.access.Permission.CATALOG_READ;
import static app.parley.auth.access.Permission.CATALOG_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.catalog.CatalogBodies.ServiceInput;
import app.parley.api.catalog.CatalogBodies.ServiceView;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.catalog.application.Services;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Services and packages with fixed prices: staff write them here, and nothing else (the assistant only reads). */
public final class ServiceEndpoints {
    private static final String EXAMPLE = "{\"name\":\"Check-up\",\"kind\":\"SERVICE\",\"price\":\"500.00\","
            + "\"description\":\"Full check\",\"keywords\":[\"checkup\"],\"includes\":[]}";
    private final Services services;
    private final Tenants tenants;
    private final Auditor audit;

    public ServiceEndpoints(Services services, Tenants tenants, Auditor audit) {
        this.services = services;
        this.tenants = tenants;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/services").tag("catalog").requires(CATALOG_READ).summary("List services and packages")
                        .paged().returnsList(ServiceView.class).handle(this::list),
                Operation.post("/api/services").tag("catalog").requires(CATALOG_WRITE).summary("Create a service or package")
                        .accepts(ServiceInput.class, EXAMPLE).returns(ServiceView.class).status(201).handle(this::create),
                Operation.get("/api/services/{serviceId}").tag("catalog").requires(CATALOG_READ).summary("One service")
                        .returns(ServiceView.class).handle(this::detail),
                Operation.put("/api/services/{serviceId}").tag("catalog").requires(CATALOG_WRITE).summary("Replace a service")
                        .accepts(ServiceInput.class, EXAMPLE).returns(ServiceView.class).handle(this::replace),
                Operation.delete("/api/services/{serviceId}").tag("catalog").requires(CATALOG_WRITE).summary("Delete a service")
                        .status(204).handle(this::remove));
    }

    private Reply list(Call call) {
        return Reply.ok(Listing.of(call.page((limit, cursor) -> services.page(call.tenant(), limit, cursor)), ServiceView::of));
    }

    private Reply detail(Call call) {
        return Reply.ok(ServiceView.of(existing(call)));
    }

    private Reply create(Call call) {
        Service created = service(call, ServiceId.newId(), call.body(ServiceInput.class));
        services.save(created);
        audit.record(call, "SERVICE_CREATED", null, ServiceView.of(created));
        return Reply.created(ServiceView.of(created));
    }

    private Reply replace(Call call) {
        Service before = existing(call);
        Service after = service(call, before.id(), call.body(ServiceInput.class));
        services.save(after);
        audit.record(call, "SERVICE_UPDATED", ServiceView.of(before), ServiceView.of(after));
        return Reply.ok(ServiceView.of(after));
    }

    private Reply remove(Call call) {
        Service before = existing(call);
        services.remove(call.tenant(), before.id());
        audit.record(call, "SERVICE_DELETED", ServiceView.of(before), null);
        return Reply.noContent();
    }

    private Service existing(Call call) {
        return services.find(call.tenant(), call.id("serviceId", ServiceId::new)).orElseThrow(ApiProblem::notFound);
    }

    private Service service(Call call, ServiceId id, ServiceInput in) {
        TenantId tenant = call.tenant();
        var currency = tenants.find(tenant).orElseThrow(ApiProblem::notFound).currency();
        for (String included : in.includes()) {
            if (!isService(tenant, included)) throw ApiProblem.invalid("includes", "names " + included + ", which is not a service of this business.");
        }
        return new Service(tenant, id, in.kind(), in.name(), Prices.parse("price", in.price(), currency), in.description(),
                in.keywords(), in.includes());
    }

    private boolean isService(TenantId tenant, String id) {
        try {
            return services.find(tenant, new ServiceId(id)).isPresent();
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
