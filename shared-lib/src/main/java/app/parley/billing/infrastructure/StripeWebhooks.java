package app.parley.billing.infrastructure;

import app.parley.billing.application.PaymentNotifications;
import app.parley.billing.model.PaymentEvent;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe webhooks: {@code Stripe-Signature} ({@code t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">})
 * checked as Stripe documents it, with the endpoint secret and a timestamp tolerance (an old,
 * replayed request is refused), then the event's object read as raw JSON (independent of the
 * account's API version).
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
        Optional<String> refused = refusal(payload, signatureHeader);
        if (refused.isPresent()) return new Notification.Rejected("signature: " + refused.get());
        try {
            JsonNode event = JSON.readTree(payload);
            JsonNode object = event.path("data").path("object");
            if (!event.path("id").isTextual() || !event.path("type").isTextual() || !object.isObject()) return new Notification.Rejected("malformed event");
            return read(event.get("id").asText(), event.get("type").asText(), object);
        } catch (Exception e) {
            return new Notification.Rejected("malformed event");
        }
    }

    /** Why the header does not sign this payload now, if it does not. */
    private Optional<String> refusal(String payload, String header) {
        long timestamp = -1;
        List<String> signatures = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] pair = item.trim().split("=", 2);
            if (pair.length != 2) continue;
            if (pair[0].equals("t")) timestamp = parse(pair[1]);
            if (pair[0].equals("v1")) signatures.add(pair[1]);
        }
        if (timestamp < 0 || signatures.isEmpty()) return Optional.of("Unable to extract timestamp and signatures from header");
        byte[] expected = hmac(timestamp + "." + payload).getBytes(StandardCharsets.UTF_8);
        if (signatures.stream().noneMatch(s -> MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.UTF_8)))) {
            return Optional.of("No signatures found matching the expected signature for payload");
        }
        if (timestamp < clock.instant().getEpochSecond() - TOLERANCE.toSeconds()) return Optional.of("Timestamp outside the tolerance zone");
        return Optional.empty();
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
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
