package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.str;

import app.parley.conversation.application.ConversationFlags;
import app.parley.conversation.model.ConversationId;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;

/** {@code T#t#CONV#c / FLAG#<flag>} with the reason and time, next to the conversation's messages. */
public final class DynamoConversationFlags implements ConversationFlags {
    private final TenantTable table;

    public DynamoConversationFlags(TenantTable table) {
        this.table = table;
    }

    @Override
    public void flag(TenantId tenant, ConversationId conversation, String flag, String reason, Instant at) {
        table.put(TenantItem.of(tenant, Keys.conversation(tenant, conversation.value()), Keys.conversationFlag(flag))
                .with("flag", flag).with("reason", reason).with("flaggedAt", at));
    }

    @Override
    public List<String> flags(TenantId tenant, ConversationId conversation) {
        return table.query(tenant, Keys.conversation(tenant, conversation.value()), Keys.conversationFlag(""), 100, false)
                .stream().map(i -> str(i, "flag")).toList();
    }
}
