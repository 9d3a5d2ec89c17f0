package app.parley.billing.infrastructure;

import app.parley.config.Env;
import com.stripe.Stripe;
import com.stripe.StripeClient;

/** The Stripe client of {@code STRIPE_API_KEY} and {@code STRIPE_API_BASE} (default Stripe's; tests and the local stack point it at a fake). */
public final class StripeClients {
    private StripeClients() {}

    public static StripeClient fromEnvironment() {
        return StripeClient.builder().setApiKey(Env.get("STRIPE_API_KEY", "sk_unset"))
                .setApiBase(Env.get("STRIPE_API_BASE", Stripe.LIVE_API_BASE)).setMaxNetworkRetries(2).build();
    }
}
