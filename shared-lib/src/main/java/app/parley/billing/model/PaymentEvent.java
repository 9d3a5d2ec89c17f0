package app.parley.billing.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/**
 * A verified payment provider notification, reduced to what billing acts on.
 *
 * @param eventId the provider's event id: applied at most once
 * @param invoicePeriod the invoice the payment settles, when the checkout was for one
 */
public sealed interface PaymentEvent {
    String eventId();
    TenantId tenant();

    record Succeeded(String eventId, TenantId tenant, Money amount, Optional<String> invoicePeriod) implements PaymentEvent {}

    record Failed(String eventId, TenantId tenant) implements PaymentEvent {}
}
