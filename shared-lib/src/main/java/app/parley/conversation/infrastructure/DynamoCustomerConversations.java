package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.str;

import app.parley.conversation.application.Conversations;
import app.parley.conversation.application.CustomerConversations;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationId;
import app.parley.crm.application.Customers;
import app.parley.crm.model.Consent;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerCreation;
import app.parley.crm.model.CustomerId;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.PlatformTable;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.infrastructure.DynamoPlatformDailyFigures;
import app.parley.reports.model.PlatformFigure;
import app.parley.reports.model.Figure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Finds or opens the CRM customer by phone, then the conversation named by the pointer item
 * {@code T#t#CUST#c / CONV#CURRENT}; a new conversation and its pointer are written together,
 * so racing deliveries of a first message end in one conversation. Each conversation is also linked under the
 * customer ({@code CONV#<id>}), so the CRM shows their history across conversations.
 */
public final class DynamoCustomerConversations implements CustomerConversations {
    private final TenantTable table;
    private final PlatformTable platform;
    private final Customers customers;
    private final Conversations conversations;

    public DynamoCustomerConversations(Tables tables, Customers customers, Conversations conversations) {
        this.table = tables.tenant();
        this.platform = tables.platform();
        this.customers = customers;
        this.conversations = conversations;
    }

    @Override
    public Conversation continueFor(TenantId tenant, String waId, String profileName, Instant at) {
        CustomerId customer = customerFor(tenant, waId, profileName, at);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Conversation> current = current(tenant, customer);
            if (current.isPresent()) return current.get();
            Conversation opened = Conversation.open(tenant, customer, waId, at);
            if (open(opened)) return opened;
        }
        throw new IllegalStateException("no conversation could be opened for a customer of " + tenant);
    }

    private CustomerId customerFor(TenantId tenant, String waId, String profileName, Instant at) {
        Optional<CustomerId> known = customers.idByPhone(tenant, waId);   // the claim names the customer: no second read
        if (known.isPresent()) return known.get();
        Customer fresh = new Customer(tenant, CustomerId.newId(), waId, profileName, Consent.UNKNOWN, at);
        return switch (customers.create(fresh)) {
            case CustomerCreation.Created created -> created.customer().id();
            case CustomerCreation.PhoneTaken taken -> taken.existing();
        };
    }

    private Optional<Conversation> current(TenantId tenant, CustomerId customer) {
        return table.get(tenant, Keys.customer(tenant, customer.value()), Keys.CURRENT_CONVERSATION)
                .flatMap(pointer -> conversations.find(tenant, new ConversationId(str(pointer, "conversationId"))));
    }

    private boolean open(Conversation c) {
        TenantItem pointer = TenantItem.of(c.tenant(), Keys.customer(c.tenant(), c.customer().value()), Keys.CURRENT_CONVERSATION)
                .with("conversationId", c.id().value());
        TenantItem conversation = DynamoConversations.itemOf(c);
        LocalDate day = LocalDate.ofInstant(c.lastMessageAt(), ZoneOffset.UTC);
        TenantItem link = TenantItem.of(c.tenant(), Keys.customer(c.tenant(), c.customer().value()), Keys.customerConversationLink(c.id().value()))
                .with("conversationId", c.id().value()).with("openedAt", c.lastMessageAt());
        return table.transact(c.tenant(), List.of(table.putInTransaction(pointer, TenantTable.NEW_ITEM),
                table.putInTransaction(conversation, TenantTable.NEW_ITEM), table.putInTransaction(link, null),
                DynamoDailyFigures.addInTransaction(table, c.tenant(), day, Map.of(Figure.CONVERSATIONS_STARTED, 1L)),
                DynamoPlatformDailyFigures.addInTransaction(platform, day, Map.of(PlatformFigure.CONVERSATIONS_STARTED, 1L)))).committed();
    }
}
