package app.parley.orders.infrastructure;

import app.parley.orders.application.OrderLinks;
import app.parley.orders.model.OrderId;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;

/** {@code T#t#CONV#c / ORDER#o} and {@code T#t#CUST#c / ORDER#o}, each naming the other side. */
public final class DynamoOrderLinks implements OrderLinks {
    private final TenantTable table;

    public DynamoOrderLinks(TenantTable table) {
        this.table = table;
    }

    @Override
    public void link(TenantId tenant, OrderId order, String conversationId, String customerId) {
        if (conversationId != null) {
            table.put(TenantItem.of(tenant, Keys.conversation(tenant, conversationId), Keys.orderLink(order.value()))
                    .with("orderId", order.value()).with("customerId", customerId));
        }
        if (customerId != null) {
            table.put(TenantItem.of(tenant, Keys.customer(tenant, customerId), Keys.orderLink(order.value()))
                    .with("orderId", order.value()).with("conversationId", conversationId));
        }
    }
}
