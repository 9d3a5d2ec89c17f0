package app.parley.conversation.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param externalId WhatsApp's message id (wamid); null for drafts not yet sent
 * @param mediaRef where the media is stored (object key), or null
 */
public record Message(TenantId tenant, ConversationId conversation, MessageId id, Direction direction, String externalId,
                      MessageType type, String text, String mediaRef, Instant sentAt, Instant recordedAt) {
    public Message {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
