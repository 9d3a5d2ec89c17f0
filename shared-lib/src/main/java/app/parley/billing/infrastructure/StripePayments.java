package app.parley.billing.infrastructure;

import app.parley.billing.application.PaymentProvider;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stripe through {@link StripeApi} (built once; its API base is configurable so tests point it at a
 * fake). Checkout Sessions in payment mode carry the tenant id and the invoice period in metadata;
 * the webhook reads them back. Amounts go in the currency's minor unit (ISO 4217 digits, which
 * match Stripe's for the currencies we sell in).
 */
public final class StripePayments implements PaymentProvider {
    static final String TENANT = "tenant_id";
    static final String INVOICE_PERIOD = "invoice_period";
    private final StripeApi stripe;

    public StripePayments(StripeApi stripe) { this.stripe = stripe; }

    @Override
    public CustomerCreation createCustomer(TenantId tenant, String name, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("metadata[" + TENANT + "]", tenant.value());
        return switch (stripe.post("/v1/customers", form, "customer-" + tenant.value())) {
            case StripeApi.Answer.Ok ok -> new CustomerCreation.Created(ok.object().path("id").asText());
            case StripeApi.Answer.Failed failed -> new CustomerCreation.Failed(failed.message());
        };
    }

    @Override
    public CheckoutCreation createCheckout(Checkout c) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "payment");
        form.put("customer", c.customerId());
        form.put("client_reference_id", c.tenant().value());
        form.put("success_url", c.successUrl());
        form.put("cancel_url", c.cancelUrl());
        form.put("line_items[0][quantity]", "1");
        form.put("line_items[0][price_data][currency]", c.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        form.put("line_items[0][price_data][unit_amount]", Long.toString(minorUnits(c.amount())));
        form.put("line_items[0][price_data][product_data][name]", c.description());
        form.put("metadata[" + TENANT + "]", c.tenant().value());
        c.invoicePeriod().ifPresent(p -> form.put("metadata[" + INVOICE_PERIOD + "]", p));
        form.put("payment_intent_data[metadata][" + TENANT + "]", c.tenant().value());
        return switch (stripe.post("/v1/checkout/sessions", form, null)) {
            case StripeApi.Answer.Ok ok -> new CheckoutCreation.Created(ok.object().path("id").asText(), ok.object().path("url").asText());
            case StripeApi.Answer.Failed failed -> new CheckoutCreation.Failed(failed.message());
        };
    }

    static long minorUnits(Money amount) {
        return amount.amount().movePointRight(Math.max(amount.currency().getDefaultFractionDigits(), 0)).longValueExact();
    }
}
