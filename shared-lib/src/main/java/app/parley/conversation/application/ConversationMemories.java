package app.parley.conversation.application;

import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.ConversationMemory;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** The assistant's memory per conversation; written with the reply it belongs to (see {@link OutboundLedger}). */
public interface ConversationMemories {
    Optional<String> recall(TenantId tenant, ConversationId conversation);

    /** For turns that send nothing (a silent hand-over): no reply exists to write the memory with. */
    void remember(TenantId tenant, ConversationMemory memory);
}
