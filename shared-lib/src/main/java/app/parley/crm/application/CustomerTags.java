package app.parley.crm.application;

import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Labels staff give a customer ("vip", "wholesale"); kept apart from the profile the pipeline writes. */
public interface CustomerTags {
    List<String> of(TenantId tenant, String customerId);

    void replace(TenantId tenant, String customerId, List<String> tags);
}
