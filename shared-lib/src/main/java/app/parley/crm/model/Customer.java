package app.parley.crm.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A tenant's customer, known by WhatsApp phone number (unique within the tenant). */
public record Customer(TenantId tenant, CustomerId id, String phone, String name, Consent consent, Instant createdAt) {
    public Customer {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        if (phone == null || !phone.matches("\\+?[0-9]{6,20}")) throw new IllegalArgumentException("phone");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Customer named(String next) { return new Customer(tenant, id, phone, next, consent, createdAt); }

    public Customer withConsent(Consent next) { return new Customer(tenant, id, phone, name, next, createdAt); }
}
