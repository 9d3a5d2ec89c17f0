package app.parley.persistence;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.auth.application.AddingUsers;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.*;
import app.parley.catalog.infrastructure.*;
import app.parley.catalog.model.*;
import app.parley.common.model.Money;
import app.parley.conversation.infrastructure.*;
import app.parley.conversation.model.*;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.*;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.*;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.*;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One tenant with at least one item of every entity type, written through the repositories. */
public record Workload(Tenant tenant, User user, Service service, Faq faq, LookupTable lookup, WhatsAppSession session,
                       Customer customer, Conversation conversation, Message message, Order order, AuditEvent audit) {

    public static Tenant registerTenant(Tables tables, String slug, String phoneNumberId) {
        var registration = new RegisteringTenants(new DynamoTenants(tables), Clock.systemUTC()).register(new RegisterTenant(
                slug, "Tenant " + slug, Currency.getInstance("USD"), ZoneId.of("America/New_York"), Locale.US,
                new TenantProfile("About " + slug, "1 Main St", "+1 555 0100"), WorkingHours.always(),
                phoneNumberId == null ? new WhatsAppConnection.Unofficial() : new WhatsAppConnection.Cloud(phoneNumberId, "1555" + phoneNumberId),
                AiSettings.defaults()));
        return ((TenantRegistration.Registered) registration).tenant();
    }

    public static Workload create(Tables tables, String slug, String phoneNumberId) {
        Tenant tenant = registerTenant(tables, slug, phoneNumberId);
        TenantId t = tenant.id();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        User user = ((UserCreation.Created) new AddingUsers(new DynamoUsers(tables))
                .add(new AddUser(t, "admin@" + slug + ".example", "Admin", Role.TENANT_ADMIN, "$argon2id$v=19$m=65536,t=3,p=1$x$y"))).user();
        Service service = new Service(t, ServiceId.newId(), ServiceKind.SERVICE, "Check-up", Money.of("500.00", "USD"),
                "Full check", List.of("checkup"), List.of());
        new DynamoServices(tables.tenant()).save(service);
        Faq faq = new Faq(t, FaqId.newId(), "Where?", "Main St");
        new DynamoFaqs(tables.tenant()).save(faq);
        LookupTable lookup = new LookupTable(t, "issues", List.of("Billing question", "Complaint"));
        new DynamoLookupTables(tables.tenant()).save(lookup);
        WhatsAppSession session = new WhatsAppSession(t, SessionId.newId(), null, SessionStatus.PAIRING, "kms:abc", now);
        new DynamoWhatsAppSessions(tables.tenant()).save(session);
        Customer customer = ((CustomerCreation.Created) new DynamoCustomers(tables.tenant())
                .create(new Customer(t, CustomerId.newId(), "+15550001111", "Ann", Consent.GRANTED, now))).customer();
        Conversation conversation = Conversation.open(t, customer.id(), customer.phone(), now);
        new DynamoConversations(tables.tenant()).start(conversation);
        Message message = new Message(t, conversation.id(), MessageId.newId(), Direction.INBOUND, "wamid." + slug,
                MessageType.TEXT, "Hello", null, now, now);
        new DynamoMessages(tables.tenant()).append(message);
        Order order = Order.request(t, List.of(new OrderLine(service.id(), service.name(), service.price(), 2)),
                new CustomerDetails(customer.phone(), "Ann", null, null), "assistant", now);
        new DynamoOrders(tables).place(order);
        AuditEvent audit = AuditEvent.of(Optional.of(t), user.id().value(), "SERVICE_CREATED", null, "{}", now, "127.0.0.1");
        new DynamoAuditEvents(tables).record(audit);
        return new Workload(tenant, user, service, faq, lookup, session, customer, conversation, message, order, audit);
    }
}
