package app.parley.conversation.application;

import app.parley.catalog.model.Faq;
import app.parley.catalog.model.Service;
import app.parley.conversation.model.Conversation;
import app.parley.tenancy.model.AiSettings;
import app.parley.tenancy.model.Tenant;
import java.util.List;

/**
 * The pipeline's narrow port to the assistant: the tenant's knowledge and settings, the
 * conversation and the customer's words in; a reply text or a hand-over out. The assistant
 * issue replaces the minimal {@link CatalogLookup} behind it.
 */
public interface Answering {
    Answer answer(Question question);

    record Question(Tenant tenant, List<Service> services, List<Faq> faqs, AiSettings settings,
                    Conversation conversation, String customerText) {}

    sealed interface Answer {
        record Reply(String text) implements Answer {}

        record HandOver(String reason) implements Answer {}
    }
}
