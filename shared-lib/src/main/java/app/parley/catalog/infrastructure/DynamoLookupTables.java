package app.parley.catalog.infrastructure;

import static app.parley.persistence.Attrs.str;
import static app.parley.persistence.Attrs.strings;

import app.parley.catalog.application.LookupTables;
import app.parley.catalog.model.LookupTable;
import app.parley.common.model.Page;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public final class DynamoLookupTables implements LookupTables {
    private final TenantTable table;

    public DynamoLookupTables(TenantTable table) { this.table = table; }

    @Override
    public void save(LookupTable t) {
        table.put(TenantItem.of(t.tenant(), Keys.lookups(t.tenant()), Keys.lookupTable(t.name()))
                .with("name", t.name()).with("values", t.values()));
    }

    @Override
    public Optional<LookupTable> find(TenantId tenant, String name) {
        return table.get(tenant, Keys.lookups(tenant), Keys.lookupTable(name)).map(i -> lookup(tenant, i));
    }

    @Override
    public List<LookupTable> list(TenantId tenant) {
        return table.query(tenant, Keys.lookups(tenant), Keys.lookupTable(""), Integer.MAX_VALUE, false).stream()
                .map(i -> lookup(tenant, i)).toList();
    }

    @Override
    public Page<LookupTable> page(TenantId tenant, int limit, String cursor) {
        return table.queryPage(tenant, Keys.lookups(tenant), Keys.lookupTable(""), limit, false, cursor).toPage(i -> lookup(tenant, i));
    }

    @Override
    public boolean remove(TenantId tenant, String name) {
        return table.delete(tenant, Keys.lookups(tenant), Keys.lookupTable(name));
    }

    private static LookupTable lookup(TenantId tenant, Map<String, AttributeValue> i) {
        return new LookupTable(tenant, str(i, "name"), strings(i, "values"));
    }
}
