package app.parley.messaging.model;

import java.util.Objects;

/**
 * The WhatsApp user on the other side: their WhatsApp id (digits of the phone number, as Meta's
 * {@code wa_id}) and the profile name they chose, which may be absent.
 */
public record Customer(String waId, String profileName) {
    public Customer {
        Objects.requireNonNull(waId, "waId");
        if (waId.isBlank()) throw new IllegalArgumentException("a customer needs a WhatsApp id");
    }
}
