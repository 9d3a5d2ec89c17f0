package app.parley.conversation.application;

import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.Message;
import app.parley.conversation.model.MessageAppend;
import app.parley.tenancy.model.TenantId;
import java.util.List;

public interface Messages {
    /** Stores the message once: a second message with the same WhatsApp id is a {@code Duplicate}. */
    MessageAppend append(Message message);

    /** The last {@code limit} messages, oldest first. */
    List<Message> latest(TenantId tenant, ConversationId conversation, int limit);
}
