package app.parley.reviews.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A customer was asked to rate {@code subject}; the next rating they send answers it. */
public record ReviewRequest(TenantId tenant, String customerPhone, ReviewSubject subject, String conversationId, Instant askedAt) {
    public ReviewRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(askedAt, "askedAt");
        if (customerPhone == null || customerPhone.isBlank()) throw new IllegalArgumentException("customerPhone");
    }
}
