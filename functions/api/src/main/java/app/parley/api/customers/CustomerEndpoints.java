package app.parley.api.customers;

import static app.parley.auth.access.Permission.CUSTOMERS_READ;
import static app.parley.auth.access.Permission.CUSTOMERS_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.customers.CustomerBodies.*;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Check;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.inbox.InboxBodies.ConversationView;
import app.parley.api.inbox.InboxBodies.MessageView;
import app.parley.api.orders.OrderBodies.OrderView;
import app.parley.api.quotations.QuotationBodies.QuotationView;
import app.parley.conversation.application.Conversations;
import app.parley.conversation.application.Messages;
import app.parley.conversation.model.ConversationId;
import app.parley.crm.application.CustomerHistory;
import app.parley.crm.application.CustomerTags;
import app.parley.crm.application.Customers;
import app.parley.crm.model.Consent;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerId;
import app.parley.crm.model.CustomerSearch;
import app.parley.orders.application.Orders;
import app.parley.orders.model.OrderId;
import app.parley.quotations.application.Quotations;
import java.util.List;
import java.util.Optional;

/** The tenant's customers: the list, one profile with its history (conversations, orders, quotations), and staff edits. */
public final class CustomerEndpoints {
    private static final int CONVERSATIONS = 10;
    private static final int MESSAGES_EACH = 20;
    private static final int ORDERS = 50;
    private static final int QUOTATIONS = 50;

    public record Ports(Customers customers, CustomerTags tags, CustomerHistory history, Conversations conversations,
                        Messages messages, Orders orders, Quotations quotations) {}

    private final Ports p;
    private final Auditor audit;

    public CustomerEndpoints(Ports ports, Auditor audit) {
        this.p = ports;
        this.audit = audit;
    }

    private Reply list(Call call) {
        Optional<String> text = call.query("q").map(String::strip).filter(q -> !q.isEmpty());
        Optional<Consent> consent = call.query("consent").map(c -> Check.oneOf(Consent.class, "consent", c));
        Check.that(text.map(String::length).orElse(0) <= 100, "q", "is at most 100 characters.");
        if (text.isEmpty() && consent.isEmpty()) {
            return Reply.ok(Listing.of(call.page((limit, cursor) -> p.customers().page(call.tenant(), limit, cursor)), CustomerView::of));
        }
        CustomerSearch search = new CustomerSearch(text.orElse(""), consent);
        return Reply.ok(Listing.of(call.page((limit, cursor) -> p.customers().search(call.tenant(), search, limit, cursor)), CustomerView::of));
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/customers").tag("customers").requires(CUSTOMERS_READ)
                        .summary("Customers, newest first; ?q= finds text in the name or digits in the phone, ?consent=GRANTED|UNKNOWN|WITHDRAWN."
                                + " A search examines up to " + Customers.SEARCH_EXAMINES + " customers per page: a short page with a cursor searches on")
                        .query("q", "consent").paged().returnsList(CustomerView.class).handle(this::list),
                Operation.get("/api/customers/{customerId}").tag("customers").requires(CUSTOMERS_READ)
                        .summary("One customer: profile, tags, conversations with their latest messages, orders and quotations")
                        .returns(CustomerProfile.class).handle(c -> Reply.ok(profile(c, existing(c)))),
                Operation.patch("/api/customers/{customerId}").tag("customers").requires(CUSTOMERS_WRITE)
                        .summary("Change a customer's name, consent or tags (the phone never changes)")
                        .accepts(CustomerChange.class, "{\"name\":\"Dana Silva\",\"consent\":\"GRANTED\",\"tags\":[\"vip\"]}")
                        .returns(CustomerProfile.class).handle(this::change));
    }

    private Reply change(Call call) {
        Customer before = existing(call);
        CustomerChange change = call.body(CustomerChange.class);
        List<String> tagsBefore = p.tags().of(call.tenant(), before.id().value());
        Customer after = before;
        if (change.name() != null) after = after.named(change.name());
        if (change.consent() != null) after = after.withConsent(Consent.valueOf(change.consent()));
        if (!after.equals(before) && !p.customers().update(after)) throw ApiProblem.notFound();
        if (change.tags() != null) p.tags().replace(call.tenant(), before.id().value(), change.tags());
        audit.record(call, "CUSTOMER_CHANGED", new Audited(CustomerView.of(before), tagsBefore),
                new Audited(CustomerView.of(after), p.tags().of(call.tenant(), before.id().value())));
        return Reply.ok(profile(call, after));
    }

    private record Audited(CustomerView customer, List<String> tags) {}

    private CustomerProfile profile(Call call, Customer c) {
        var tenant = call.tenant();
        String id = c.id().value();
        List<ConversationHistory> conversations = p.history().conversationIds(tenant, id, CONVERSATIONS).stream()
                .map(conv -> p.conversations().find(tenant, new ConversationId(conv))).flatMap(Optional::stream)
                .map(conv -> new ConversationHistory(ConversationView.of(conv),
                        p.messages().latest(tenant, conv.id(), MESSAGES_EACH).stream().map(MessageView::of).toList()))
                .toList();
        List<OrderView> orders = p.history().orderIds(tenant, id, ORDERS).stream()
                .map(o -> p.orders().find(tenant, new OrderId(o))).flatMap(Optional::stream).map(OrderView::of).toList();
        List<QuotationView> quotations = p.quotations().forCustomer(tenant, id, QUOTATIONS).stream().map(QuotationView::of).toList();
        return new CustomerProfile(CustomerView.of(c), p.tags().of(tenant, id), conversations, orders, quotations);
    }

    private Customer existing(Call call) {
        return p.customers().find(call.tenant(), call.id("customerId", CustomerId::new)).orElseThrow(ApiProblem::notFound);
    }
}
