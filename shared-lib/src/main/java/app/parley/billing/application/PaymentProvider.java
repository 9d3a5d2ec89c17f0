package app.parley.billing.application;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** The payment provider (Stripe in production, a fake speaking its wire format in tests). */
public interface PaymentProvider {
    CustomerCreation createCustomer(TenantId tenant, String name, String email);

    CheckoutCreation createCheckout(Checkout checkout);

    record Checkout(TenantId tenant, String customerId, Money amount, String description, Optional<String> invoicePeriod,
                    String successUrl, String cancelUrl) {}

    sealed interface CustomerCreation {
        record Created(String customerId) implements CustomerCreation {}
        record Failed(String reason) implements CustomerCreation {}
    }

    sealed interface CheckoutCreation {
        record Created(String sessionId, String url) implements CheckoutCreation {}
        record Failed(String reason) implements CheckoutCreation {}
    }
}
