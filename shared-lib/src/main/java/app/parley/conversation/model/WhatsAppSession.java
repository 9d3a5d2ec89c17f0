package app.parley.conversation.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An unofficial WhatsApp session held by the gateway.
 *
 * @param phoneNumber known once paired, else null
 * @param encryptedState session keys, already encrypted with KMS; never plaintext
 */
public record WhatsAppSession(TenantId tenant, SessionId id, String phoneNumber, SessionStatus status,
                              String encryptedState, Instant updatedAt) {
    public WhatsAppSession {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
