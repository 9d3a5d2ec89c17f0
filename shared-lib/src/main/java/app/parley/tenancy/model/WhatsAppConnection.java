package app.parley.tenancy.model;

import java.util.Objects;

/** How the tenant's WhatsApp number is connected. */
public sealed interface WhatsAppConnection {
    /** Meta's Cloud API: inbound webhooks are routed by {@code phoneNumberId}. */
    record Cloud(String phoneNumberId, String displayPhoneNumber) implements WhatsAppConnection {
        public Cloud {
            if (phoneNumberId == null || !phoneNumberId.matches("[0-9]{5,32}")) throw new IllegalArgumentException("phoneNumberId");
            Objects.requireNonNull(displayPhoneNumber, "displayPhoneNumber");
        }
    }

    /** A session held by the WhatsApp gateway (Fargate). */
    record Unofficial() implements WhatsAppConnection {}
}
