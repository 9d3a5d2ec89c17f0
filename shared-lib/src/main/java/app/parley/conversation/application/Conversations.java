package app.parley.conversation.application;

import app.parley.common.model.Page;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.ConversationStatus;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface Conversations {
    /** False when a conversation with this id exists already. */
    boolean start(Conversation conversation);

    Optional<Conversation> find(TenantId tenant, ConversationId id);

    /** Saves if the stored version is still {@code conversation.version()}; the saved one has the next version. */
    SaveOutcome<Conversation> update(Conversation conversation);

    /** Most recently active first. */
    List<Conversation> recent(TenantId tenant, int limit);

    /** Most recently active first, one page; only those in {@code status} unless it is null. */
    Page<Conversation> page(TenantId tenant, ConversationStatus status, int limit, String cursor);
}
