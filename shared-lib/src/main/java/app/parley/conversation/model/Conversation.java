package app.parley.conversation.model;

import app.parley.auth.model.UserId;
import app.parley.crm.model.CustomerId;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One customer's thread with the tenant. {@code version} guards concurrent writers (optimistic lock). */
public record Conversation(TenantId tenant, ConversationId id, CustomerId customer, String customerPhone,
                           ConversationStatus status, Optional<UserId> takenOverBy, Instant lastMessageAt, long version) {
    public Conversation {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(customerPhone, "customerPhone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(takenOverBy, "takenOverBy");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        if (status == ConversationStatus.HUMAN && takenOverBy.isEmpty()) throw new IllegalArgumentException("a human conversation has an owner");
    }

    public static Conversation open(TenantId tenant, CustomerId customer, String phone, Instant at) {
        return new Conversation(tenant, ConversationId.newId(), customer, phone, ConversationStatus.AI, Optional.empty(), at, 1);
    }

    public Conversation takenOverBy(UserId user) {
        return new Conversation(tenant, id, customer, customerPhone, ConversationStatus.HUMAN, Optional.of(user), lastMessageAt, version);
    }

    public Conversation escalated() {
        return new Conversation(tenant, id, customer, customerPhone, ConversationStatus.ESCALATED, Optional.empty(), lastMessageAt, version);
    }

    public Conversation messagedAt(Instant at) {
        return new Conversation(tenant, id, customer, customerPhone, status, takenOverBy, at, version);
    }
}
