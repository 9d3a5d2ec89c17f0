package app.parley.orders.application;

import app.parley.orders.model.OrderId;
import app.parley.tenancy.model.TenantId;

/** Which conversation and customer an order came from (so the inbox and the CRM can show it). Idempotent. */
public interface OrderLinks {
    void link(TenantId tenant, OrderId order, String conversationId, String customerId);
}
