package app.parley.api;

import app.parley.api.http.Limits;
import app.parley.api.onboarding.OnboardingSettings;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.auth.tokens.SigningKeys;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.messaging.application.OutboundQueue;
import app.parley.orders.application.OrderDecisionQueue;
import app.parley.persistence.Tables;
import app.parley.platform.application.Secrets;
import java.time.Clock;

/**
 * Everything the API needs from outside: tables, token keys, the outbound queue, the secret store,
 * rate limits and a clock. {@code devOutbox} exposes {@code GET /api/dev/outbox} (local stack only).
 * {@code billing} holds billing's use cases over the same tables (no payment provider: paying is the documents function's);
 * {@code whatsAppTokenSecretName} is the sender's {@code WHATSAPP_TOKEN_SECRET_NAME} template;
 * {@code orderDecisions} the order-decisions queue;
 * {@code onboarding} holds sign-up rates, the trial plan, link URL and cooling-off period.
 */
public record ApiDependencies(Tables tables, SigningKeys signingKeys, AccessTokenSettings tokenSettings, PasswordHasher hasher,
                              OutboundQueue outbound, Secrets secrets, Limits limits, Clock clock, boolean devOutbox,
                              BillingCore billing, String whatsAppTokenSecretName, OrderDecisionQueue orderDecisions,
                              OnboardingSettings onboarding) {
    /** Onboarding settings from the environment. */
    public ApiDependencies(Tables tables, SigningKeys signingKeys, AccessTokenSettings tokenSettings, PasswordHasher hasher,
                           OutboundQueue outbound, Secrets secrets, Limits limits, Clock clock, boolean devOutbox,
                           BillingCore billing, String whatsAppTokenSecretName, OrderDecisionQueue orderDecisions) {
        this(tables, signingKeys, tokenSettings, hasher, outbound, secrets, limits, clock, devOutbox, billing, whatsAppTokenSecretName,
                orderDecisions, OnboardingSettings.fromEnvironment());
    }
}
