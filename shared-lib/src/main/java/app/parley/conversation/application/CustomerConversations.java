package app.parley.conversation.application;

import app.parley.conversation.model.Conversation;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;

/** The conversation a WhatsApp customer is in; the first message opens it (and the CRM customer). */
public interface CustomerConversations {
    Conversation continueFor(TenantId tenant, String waId, String profileName, Instant at);
}
