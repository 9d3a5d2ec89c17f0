package app.parley.crm.application;

import app.parley.tenancy.model.TenantId;
import java.util.List;

/** What a customer's partition links to: their conversations and the orders that came from them. Newest first. */
public interface CustomerHistory {
    List<String> conversationIds(TenantId tenant, String customerId, int limit);

    List<String> orderIds(TenantId tenant, String customerId, int limit);
}
