package app.parley.billing.infrastructure;

import app.parley.billing.application.PaymentNotifications.Notification;
import app.parley.billing.application.PaymentProvider.CheckoutCreation;
import app.parley.billing.application.PaymentProvider.Checkout;
import app.parley.billing.application.PaymentProvider.CustomerCreation;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import com.stripe.StripeClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Stripe through a shaded function jar, in a fresh JVM whose class path is that jar plus this class and
 * {@link FakeStripe}: a customer, a checkout session, a declined call, a signed, a forged and a replayed
 * webhook. Prints {@code STRIPE_IN_PACKAGE_OK} when every answer is the expected one; a class the
 * minimized jar lost fails here with {@code NoClassDefFoundError} instead of in production.
 */
public final class StripeInPackage {
    private static final String SECRET = "whsec_in_package";

    private StripeInPackage() {}

    public static void main(String[] args) {
        try (FakeStripe fake = FakeStripe.start()) {
            var payments = new StripePayments(StripeClient.builder().setApiKey(FakeStripe.API_KEY).setApiBase(fake.base()).build());
            TenantId tenant = TenantId.newId();
            var customer = expect(payments.createCustomer(tenant, "Salon", "owner@salon.example"), CustomerCreation.Created.class);
            var session = expect(payments.createCheckout(new Checkout(tenant, customer.customerId(), Money.of("49.90", "EUR"), "Plan",
                    Optional.of("2025-03"), "https://app/ok", "https://app/cancel")), CheckoutCreation.Created.class);
            fake.declineNext();
            expect(payments.createCustomer(tenant, "Salon", "owner@salon.example"), CustomerCreation.Failed.class);

            var webhooks = new StripeWebhooks(SECRET, Clock.systemUTC());
            String event = fake.completedEvent("evt_in_package", session.sessionId());
            long now = Instant.now().getEpochSecond();
            expect(webhooks.verify(event, FakeStripe.signature(event, SECRET, now)), Notification.Verified.class);
            expect(webhooks.verify(event, FakeStripe.signature(event, "whsec_forged", now)), Notification.Rejected.class);
            expect(webhooks.verify(event, FakeStripe.signature(event, SECRET, now - 3600)), Notification.Rejected.class);
        }
        System.out.println("STRIPE_IN_PACKAGE_OK");
    }

    private static <T> T expect(Object answer, Class<T> type) {
        if (!type.isInstance(answer)) throw new AssertionError("expected " + type.getName() + " but got " + answer);
        return type.cast(answer);
    }
}
