package app.parley.payments;

import app.parley.api.PaymentsDependencies;
import app.parley.api.PaymentsWiring;
import app.parley.api.SigningKeySources;
import app.parley.api.http.Limits;
import app.parley.api.http.Router;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.billing.infrastructure.StripeClients;
import app.parley.billing.infrastructure.StripePayments;
import app.parley.config.Env;
import app.parley.persistence.Tables;
import app.parley.platform.infrastructure.SecretStores;
import app.parley.privacy.infrastructure.WithoutPersonalData;
import java.time.Clock;

/**
 * Real clients from the environment (Lambda and the local stack): the admin API's {@code TENANT_TABLE}, {@code PLATFORM_TABLE},
 * {@code JWT_*}, {@code API_RATE_*}; Stripe's {@code STRIPE_API_KEY} and {@code STRIPE_API_BASE}; {@code BILLING_GRACE_DAYS}.
 * Checkout reads the business, the admin's address, subscriptions and invoices, none of them sealed personal data,
 * so the function holds no tenant keys ({@link WithoutPersonalData}).
 */
final class PaymentsEnvironment {
    private PaymentsEnvironment() {}

    static Router router() {
        PaymentsPriming.startAlongside();
        Tables tables = Tables.fromEnvironment(new WithoutPersonalData());
        Clock clock = Clock.systemUTC();
        var tokenSettings = AccessTokenSettings.of(Env.get("JWT_ISSUER", "parley"), Env.get("JWT_AUDIENCE", "parley-admin-api"));
        return PaymentsWiring.router(new PaymentsDependencies(tables, SigningKeySources.fromEnvironment(SecretStores.fromEnvironment()),
                tokenSettings, Limits.fromEnvironment(clock), clock, BillingCore.fromEnvironment(tables, clock),
                new StripePayments(StripeClients.fromEnvironment())));
    }
}
