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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One catalog partition per tenant ({@code T#t#CATALOG / SERVICE#id}): the whole catalog in one query. */
public final class DynamoServices implements Services {
    /** Large imports are written by this many concurrent batch writers, each taking at least {@link #PARALLEL_PART} items. */
    private static final int WRITERS = 8;
    private static final int PARALLEL_PART = 250;
    private final TenantTable table;

    public DynamoServices(TenantTable table) { this.table = table; }

    @Override
    public void save(Service s) {
        table.put(item(s));
    }

    /**
     * New services (fresh ids) only: they go out in batch writes (much faster than transactions for a
     * 10,000-row import); if any write fails, every service of the call is deleted again before the failure is rethrown.
     */
    @Override
    public void saveAllOrNone(TenantId tenant, List<Service> all) {
        if (all.stream().anyMatch(s -> !s.tenant().equals(tenant))) throw new IllegalArgumentException("another tenant's service");
        List<TenantItem> items = all.stream().map(DynamoServices::item).toList();
        int part = Math.max(PARALLEL_PART, (items.size() + WRITERS - 1) / WRITERS);
        try (var writers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> parts = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i += part) {
                List<TenantItem> slice = items.subList(i, Math.min(i + part, items.size()));
                parts.add(writers.submit(() -> table.putAll(tenant, slice)));
            }
            for (var written : parts) written.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            undo(tenant, all);
            throw new IllegalStateException("interrupted while importing", interrupted);
        } catch (java.util.concurrent.ExecutionException failed) {
            undo(tenant, all);
            throw failed.getCause() instanceof RuntimeException r ? r : new IllegalStateException(failed.getCause());
        } catch (RuntimeException failure) {
            undo(tenant, all);
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
