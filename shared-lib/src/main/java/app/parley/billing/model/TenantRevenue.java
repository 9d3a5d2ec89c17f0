package app.parley.billing.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** What one tenant has paid in total, one amount per currency. */
public record TenantRevenue(TenantId tenant, List<Money> paid) {
    public TenantRevenue { paid = List.copyOf(paid); }
}
