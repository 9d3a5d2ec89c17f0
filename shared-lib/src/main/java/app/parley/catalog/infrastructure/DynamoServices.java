package app.parley.catalog.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.catalog.application.Services;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.catalog.model.ServiceKind;
import app.parley.common.model.Money;
import app.parley.common.model.Page;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One catalog partition per tenant ({@code T#t#CATALOG / SERVICE#id}): the whole catalog in one query. */
public final class DynamoServices implements Services {
    private final TenantTable table;

    public DynamoServices(TenantTable table) { this.table = table; }

    private static final int TRANSACTION_SIZE = 100;

    @Override
    public void save(Service s) {
        table.put(item(s));
    }

    @Override
    public boolean saveAllOrNone(TenantId tenant, List<Service> all) {
        List<Service> written = new ArrayList<>();
        try {
            for (int i = 0; i < all.size(); i += TRANSACTION_SIZE) {
                List<Service> chunk = all.subList(i, Math.min(i + TRANSACTION_SIZE, all.size()));
                if (chunk.stream().anyMatch(s -> !s.tenant().equals(tenant))) throw new IllegalArgumentException("another tenant's service");
                var outcome = table.transact(tenant, chunk.stream().map(s -> table.putInTransaction(item(s), TenantTable.NEW_ITEM)).toList());
                if (!outcome.committed()) {
                    undo(tenant, written);
                    return false;
                }
                written.addAll(chunk);
            }
            return true;
        } catch (RuntimeException failure) {
            undo(tenant, written);
            throw failure;
        }
    }

    private void undo(TenantId tenant, List<Service> written) {
        table.deleteAll(tenant, written.stream().map(s -> TenantTable.key(Keys.catalog(tenant), Keys.service(s.id().value()))).toList());
    }

    private static TenantItem item(Service s) {
        return TenantItem.of(s.tenant(), Keys.catalog(s.tenant()), Keys.service(s.id().value()))
                .with("serviceId", s.id().value()).with("kind", s.kind().name()).with("name", s.name())
                .with("price", s.price().toDecimalString()).with("currency", s.price().currency().getCurrencyCode())
                .with("description", s.description()).with("keywords", s.keywords()).with("includes", s.includes());
    }

    @Override
    public Optional<Service> find(TenantId tenant, ServiceId id) {
        return table.get(tenant, Keys.catalog(tenant), Keys.service(id.value())).map(i -> service(tenant, i));
    }

    @Override
    public List<Service> list(TenantId tenant) {
        return table.query(tenant, Keys.catalog(tenant), Keys.service(""), Integer.MAX_VALUE, false).stream()
                .map(i -> service(tenant, i)).toList();
    }

    @Override
    public Page<Service> page(TenantId tenant, int limit, String cursor) {
        return table.queryPage(tenant, Keys.catalog(tenant), Keys.service(""), limit, false, cursor).toPage(i -> service(tenant, i));
    }

    @Override
    public boolean remove(TenantId tenant, ServiceId id) {
        return table.delete(tenant, Keys.catalog(tenant), Keys.service(id.value()));
    }

    private static Service service(TenantId tenant, Map<String, AttributeValue> i) {
        return new Service(tenant, new ServiceId(str(i, "serviceId")), ServiceKind.valueOf(str(i, "kind")), str(i, "name"),
                Money.of(str(i, "price"), str(i, "currency")), optStr(i, "description"), strings(i, "keywords"), strings(i, "includes"));
    }
}
