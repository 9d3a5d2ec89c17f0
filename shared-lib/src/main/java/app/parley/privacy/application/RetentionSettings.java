package app.parley.privacy.application;

import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** How long a tenant keeps conversation messages (DynamoDB TTL); empty = until deleted. */
public interface RetentionSettings {
    int MIN_DAYS = 1;
    int MAX_DAYS = 3650;

    Optional<Integer> messageDays(TenantId tenant);

    /** Applies to messages written from now on (within a minute in every running function). */
    void keepMessagesFor(TenantId tenant, Optional<Integer> days);
}
