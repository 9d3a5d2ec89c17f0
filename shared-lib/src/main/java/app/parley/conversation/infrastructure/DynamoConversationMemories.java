package app.parley.conversation.infrastructure;

import app.parley.conversation.application.ConversationMemories;
import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.ConversationMemory;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** {@code T#t#CONV#c / MEMORY#ASSISTANT}: the assistant's JSON memory, beside the conversation's messages. */
public final class DynamoConversationMemories implements ConversationMemories {
    private final TenantTable table;

    public DynamoConversationMemories(TenantTable table) {
        this.table = table;
    }

    @Override
    public Optional<String> recall(TenantId tenant, ConversationId conversation) {
        return table.get(tenant, Keys.conversation(tenant, conversation.value()), Keys.ASSISTANT_MEMORY)
                .map(item -> Attrs.str(item, "memory"));
    }

    @Override
    public void remember(TenantId tenant, ConversationMemory memory) {
        table.put(itemOf(tenant, memory));
    }

    static TenantItem itemOf(TenantId tenant, ConversationMemory memory) {
        return TenantItem.of(tenant, Keys.conversation(tenant, memory.conversation().value()), Keys.ASSISTANT_MEMORY)
                .with("memory", memory.json());
    }
}
