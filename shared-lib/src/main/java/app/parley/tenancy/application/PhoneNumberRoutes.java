package app.parley.tenancy.application;

import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** Which tenant a WhatsApp Cloud API number belongs to (the webhook's routing). */
public interface PhoneNumberRoutes {
    Optional<TenantId> tenantFor(String phoneNumberId);
}
