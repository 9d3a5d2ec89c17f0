package app.parley.billing.infrastructure;

import app.parley.billing.application.PaymentProvider;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Stripe through stripe-java's {@link StripeClient} (built once, on the first payment call; its API base is configurable so
 * tests point it at a fake). Checkout Sessions in payment mode carry the tenant id and the
 * invoice period in metadata; the webhook reads them back. Amounts go in the currency's minor
 * unit (ISO 4217 digits, which match Stripe's for the currencies we sell in).
 */
public final class StripePayments implements PaymentProvider {
    static final String TENANT = "tenant_id";
    static final String INVOICE_PERIOD = "invoice_period";
    private final Supplier<StripeClient> client;
    private volatile StripeClient stripe;

    public StripePayments(StripeClient stripe) { this(() -> stripe); }

    /** The client is built on the first payment call: most events of the functions holding this never make one. */
    public StripePayments(Supplier<StripeClient> client) { this.client = client; }

    private StripeClient stripe() {
        StripeClient built = stripe;
        if (built == null) {
            synchronized (this) {
                if (stripe == null) stripe = client.get();
                built = stripe;
            }
        }
        return built;
    }

    @Override
    public CustomerCreation createCustomer(TenantId tenant, String name, String email) {
        try {
            Customer customer = stripe().customers().create(CustomerCreateParams.builder().setName(name).setEmail(email)
                    .putMetadata(TENANT, tenant.value()).build(), idempotent("customer-" + tenant.value()));
            return new CustomerCreation.Created(customer.getId());
        } catch (StripeException e) {
            return new CustomerCreation.Failed(e.getMessage());
        }
    }

    @Override
    public CheckoutCreation createCheckout(Checkout c) {
        try {
            SessionCreateParams.Builder params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT)
                    .setCustomer(c.customerId()).setClientReferenceId(c.tenant().value())
                    .setSuccessUrl(c.successUrl()).setCancelUrl(c.cancelUrl())
                    .addLineItem(line(c.amount(), c.description())).putMetadata(TENANT, c.tenant().value())
                    .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata(TENANT, c.tenant().value()).build());
            c.invoicePeriod().ifPresent(p -> params.putMetadata(INVOICE_PERIOD, p));
            Session session = stripe().checkout().sessions().create(params.build());
            return new CheckoutCreation.Created(session.getId(), session.getUrl());
        } catch (StripeException e) {
            return new CheckoutCreation.Failed(e.getMessage());
        }
    }

    private static LineItem line(Money amount, String description) {
        return LineItem.builder().setQuantity(1L).setPriceData(PriceData.builder()
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setUnitAmount(minorUnits(amount))
                .setProductData(PriceData.ProductData.builder().setName(description).build()).build()).build();
    }

    static long minorUnits(Money amount) {
        return amount.amount().movePointRight(Math.max(amount.currency().getDefaultFractionDigits(), 0)).longValueExact();
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }
}
