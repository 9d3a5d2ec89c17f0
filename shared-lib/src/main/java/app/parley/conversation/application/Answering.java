package app.parley.conversation.application;

import app.parley.catalog.model.Faq;
import app.parley.catalog.model.Service;
import app.parley.conversation.model.Conversation;
import app.parley.orders.model.RequestedLine;
import app.parley.tenancy.model.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline's port to the assistant: the tenant's knowledge and settings, the conversation, what the
 * assistant remembered after the previous turn and the customer's words in; a reply, an order request
 * for staff or a hand-over out, each with what to remember now. The memory is opaque to the pipeline.
 */
public interface Answering {
    Answer answer(Question question);

    record Question(Tenant tenant, List<Service> services, List<Faq> faqs, Conversation conversation,
                    Optional<String> memory, String customerText) {}

    /** Customer details the assistant collected for an order request, exactly as written. */
    record Details(String name, String preferredTime, String address, List<String> missing) {
        public Details { missing = List.copyOf(missing); }
    }

    sealed interface Answer {
        Optional<String> memory();

        /** @param needsPerson the customer pressed for something only a person may give: staff should look */
        record Reply(String text, boolean needsPerson, Optional<String> memory) implements Answer {}

        /** Lines are catalog services at catalog prices; staff decide, nothing is confirmed. */
        record RequestOrder(List<RequestedLine> lines, Details details, String text, Optional<String> memory)
                implements Answer {
            public RequestOrder { lines = List.copyOf(lines); }
        }

        record HandOver(String reason, Optional<String> text, Optional<String> memory) implements Answer {}
    }
}
