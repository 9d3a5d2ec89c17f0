package app.parley.billing.infrastructure;

import app.parley.billing.application.PaymentNotifications;
import app.parley.billing.model.PaymentEvent;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Stripe webhooks: {@code Stripe-Signature} checked by {@link Webhook#constructEvent} with the
 * endpoint secret and a timestamp tolerance (an old, replayed request is refused), then the
 * event's object read as raw JSON (independent of the account's API version).
 * Paid checkout sessions and paid invoices succeed; failed ones fail; other types are ignored.
 */
public final class StripeWebhooks implements PaymentNotifications {
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String secret;
    private final Clock clock;

    public StripeWebhooks(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public String provider() { return "stripe"; }

    @Override
    public Notification verify(String payload, String signatureHeader) {
        if (secret == null || secret.isBlank()) return new Notification.Rejected("the Stripe webhook secret is not configured");
        if (payload == null || signatureHeader == null) return new Notification.Rejected("missing payload or Stripe-Signature");
        try {
            Event event = Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE.toSeconds(), clock);
            return read(event.getId(), event.getType(), JSON.readTree(event.getDataObjectDeserializer().getRawJson()));
        } catch (SignatureVerificationException e) {
            return new Notification.Rejected("signature: " + e.getMessage());
        } catch (Exception e) {
            return new Notification.Rejected("malformed event");
        }
    }

    private static Notification read(String id, String type, JsonNode object) {
        Optional<TenantId> tenant = tenant(object);
        if (tenant.isEmpty()) return new Notification.Irrelevant(id, type + " without a tenant");
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
                    "paid".equals(object.path("payment_status").asText())
                            ? succeeded(id, tenant.get(), object, "amount_total") : new Notification.Irrelevant(id, type + " unpaid");
            case "invoice.paid" -> succeeded(id, tenant.get(), object, "amount_paid");
            case "checkout.session.async_payment_failed", "payment_intent.payment_failed", "invoice.payment_failed" ->
                    new Notification.Verified(new PaymentEvent.Failed(id, tenant.get()));
            default -> new Notification.Irrelevant(id, type);
        };
    }

    private static Notification succeeded(String id, TenantId tenant, JsonNode object, String amountField) {
        Currency currency = Currency.getInstance(object.path("currency").asText().toUpperCase(Locale.ROOT));
        BigDecimal amount = BigDecimal.valueOf(object.path(amountField).asLong())
                .movePointLeft(Math.max(currency.getDefaultFractionDigits(), 0));
        Optional<String> period = Optional.ofNullable(object.path("metadata").path(StripePayments.INVOICE_PERIOD).textValue());
        return new Notification.Verified(new PaymentEvent.Succeeded(id, tenant, new Money(amount, currency), period));
    }

    private static Optional<TenantId> tenant(JsonNode object) {
        String value = object.path("metadata").path(StripePayments.TENANT).textValue();
        if (value == null) value = object.path("client_reference_id").textValue();
        return TenantId.isValid(value) ? Optional.of(new TenantId(value)) : Optional.empty();
    }
}
