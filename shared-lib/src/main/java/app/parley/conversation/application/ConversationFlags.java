package app.parley.conversation.application;

import app.parley.conversation.model.ConversationId;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;

/** Flags staff see on a conversation, e.g. that only a template or a person can reach the customer now. */
public interface ConversationFlags {
    String REENGAGEMENT_REQUIRED = "REENGAGEMENT_REQUIRED";

    void flag(TenantId tenant, ConversationId conversation, String flag, String reason, Instant at);

    List<String> flags(TenantId tenant, ConversationId conversation);
}
