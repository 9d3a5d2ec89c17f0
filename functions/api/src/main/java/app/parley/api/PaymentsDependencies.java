package app.parley.api;

import app.parley.api.http.Limits;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.auth.tokens.SigningKeys;
import app.parley.billing.application.PaymentProvider;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.persistence.Tables;
import java.time.Clock;

/**
 * What the payments function needs: the admin API's tables, token keys and limits, billing over the tables, and the
 * payment provider (Stripe) the admin API function does not carry.
 */
public record PaymentsDependencies(Tables tables, SigningKeys signingKeys, AccessTokenSettings tokenSettings, Limits limits, Clock clock,
                                   BillingCore billing, PaymentProvider payments) {}
