package app.parley.crm.infrastructure;

import static app.parley.persistence.Attrs.str;

import app.parley.crm.application.CustomerHistory;
import app.parley.crm.application.CustomerTags;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/**
 * Reads the links under {@code T#t#CUST#c}: {@code CONV#CURRENT} and {@code CONV#<id>} (conversations), {@code ORDER#<id>}
 * (orders); and keeps the staff's tags at {@code T#t#CUST#c / TAGS}.
 */
public final class DynamoCustomerHistory implements CustomerHistory, CustomerTags {
    private final TenantTable table;

    public DynamoCustomerHistory(TenantTable table) { this.table = table; }

    @Override
    public List<String> conversationIds(TenantId tenant, String customerId, int limit) {
        return table.query(tenant, Keys.customer(tenant, customerId), "CONV#", 1000, true).stream()
                .map(i -> str(i, "conversationId")).distinct().sorted(java.util.Comparator.reverseOrder()).limit(limit).toList();
    }

    @Override
    public List<String> orderIds(TenantId tenant, String customerId, int limit) {
        return table.query(tenant, Keys.customer(tenant, customerId), "ORDER#", limit, true).stream().map(i -> str(i, "orderId")).toList();
    }

    @Override
    public List<String> of(TenantId tenant, String customerId) {
        return table.get(tenant, Keys.customer(tenant, customerId), Keys.CUSTOMER_TAGS)
                .map(i -> i.containsKey("tags") ? i.get("tags").l().stream().map(v -> v.s()).toList() : List.<String>of())
                .orElse(List.of()).stream().sorted().toList();
    }

    @Override
    public void replace(TenantId tenant, String customerId, List<String> tags) {
        table.put(TenantItem.of(tenant, Keys.customer(tenant, customerId), Keys.CUSTOMER_TAGS).with("tags", List.copyOf(tags)));
    }
}
