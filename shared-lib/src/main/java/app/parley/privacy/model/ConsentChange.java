package app.parley.privacy.model;

import app.parley.crm.model.Consent;
import app.parley.crm.model.CustomerId;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's consent, changed at a time from a source (e.g. {@code whatsapp-keyword}), with the
 * evidence (the keyword and the channel's message id).
 */
public record ConsentChange(TenantId tenant, CustomerId customer, String changeId, Consent consent, Instant at,
                            String source, String keyword, String evidence) {
    public ConsentChange {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }
}
