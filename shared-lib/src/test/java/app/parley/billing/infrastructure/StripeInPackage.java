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
 * {@link FakeStripe}: a customer, a checkout session, a declined call (payments); a signed, a forged and a replayed
 * webhook (webhooks). Prints {@code STRIPE_IN_PACKAGE_OK} when every answer is the expected one; a class the
 * minimized jar lost fails here with {@code NoClassDefFoundError} instead of in production.
 */
public final class StripeInPackage {
    private static final String SECRET = "whsec_in_package";

    private StripeInPackage() {}

    /** {@code payments} (customer, checkout, decline) and/or {@code webhooks} (signed, forged, replayed); both without arguments. */
    public static void main(String[] args) {
        java.util.List<String> parts = args.length == 0 ? java.util.List.of("payments", "webhooks") : java.util.List.of(args);
        try (FakeStripe fake = FakeStripe.start()) {
            String sessionId = null;
            if (parts.contains("payments")) {
                var payments = new StripePayments(StripeClient.builder().setApiKey(FakeStripe.API_KEY).setApiBase(fake.base()).build());
                TenantId tenant = TenantId.newId();
                var customer = expect(payments.createCustomer(tenant, "Salon", "owner@salon.example"), CustomerCreation.Created.class);
                var session = expect(payments.createCheckout(new Checkout(tenant, customer.customerId(), Money.of("49.90", "EUR"), "Plan",
                        Optional.of("2025-03"), "https://app/ok", "https://app/cancel")), CheckoutCreation.Created.class);
                sessionId = session.sessionId();
                fake.declineNext();
                expect(payments.createCustomer(tenant, "Salon", "owner@salon.example"), CustomerCreation.Failed.class);
            }
            if (parts.contains("webhooks")) {
                if (sessionId == null) sessionId = fake.sessionCreated(TenantId.newId().value(), 4990, "eur");
                var webhooks = new StripeWebhooks(SECRET, Clock.systemUTC());
                String event = fake.completedEvent("evt_in_package", sessionId);
                long now = Instant.now().getEpochSecond();
                expect(webhooks.verify(event, FakeStripe.signature(event, SECRET, now)), Notification.Verified.class);
                expect(webhooks.verify(event, FakeStripe.signature(event, "whsec_forged", now)), Notification.Rejected.class);
                expect(webhooks.verify(event, FakeStripe.signature(event, SECRET, now - 3600)), Notification.Rejected.class);
            }
        }
        System.out.println("STRIPE_IN_PACKAGE_OK " + String.join(",", parts));
    }

    private static <T> T expect(Object answer, Class<T> type) {
        if (!type.isInstance(answer)) throw new AssertionError("expected " + type.getName() + " but got " + answer);
        return type.cast(answer);
    }
}
