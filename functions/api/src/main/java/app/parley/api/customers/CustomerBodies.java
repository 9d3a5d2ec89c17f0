package app.parley.api.customers;

import app.parley.api.http.Check;
import app.parley.api.inbox.InboxBodies.ConversationView;
import app.parley.api.inbox.InboxBodies.MessageView;
import app.parley.api.orders.OrderBodies.OrderView;
import app.parley.api.quotations.QuotationBodies.QuotationView;
import app.parley.crm.model.Customer;
import java.time.Instant;
import java.util.List;

/** Bodies of the customer (CRM) endpoints. */
public final class CustomerBodies {
    private CustomerBodies() {}

    public record CustomerView(String id, String phone, String name, String consent, Instant createdAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id().value(), c.phone(), c.name(), c.consent().name(), c.createdAt());
        }
    }

    /** One conversation of the customer with its latest messages. */
    public record ConversationHistory(ConversationView conversation, List<MessageView> messages) {}

    public record CustomerProfile(CustomerView customer, List<String> tags, List<ConversationHistory> conversations,
                                  List<OrderView> orders, List<QuotationView> quotations) {}

    /** What staff may change: the name, the consent and the tags (each optional; the phone never changes). */
    public record CustomerChange(String name, String consent, List<String> tags) {
        public CustomerChange {
            name = Check.optionalText("name", name, 200);
            Check.that(consent == null || List.of("UNKNOWN", "GRANTED", "WITHDRAWN").contains(consent), "consent",
                    "is one of UNKNOWN, GRANTED, WITHDRAWN.");
            if (tags != null) {
                Check.size("tags", tags, 20);
                tags = tags.stream().map(t -> Check.text("tags", t == null ? null : t.strip().toLowerCase(java.util.Locale.ROOT), 40))
                        .distinct().toList();
            }
        }
    }
}
