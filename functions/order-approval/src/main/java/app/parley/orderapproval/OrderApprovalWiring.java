package app.parley.orderapproval;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.config.Env;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.notifications.application.MailingNotifications;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoCustomerConversations;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.infrastructure.SqsOutboundQueue;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.orders.application.PlacingOrderRequests;
import app.parley.orders.application.TellingCustomersOfDecisions;
import app.parley.orders.infrastructure.DynamoOrderLinks;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import java.time.Clock;

/** The order-approval functions' collaborators, built once per container. */
final class OrderApprovalWiring {
    private OrderApprovalWiring() {}

    static PlacingOrderRequests fromEnvironment() {
        OrderApprovalPriming.startAlongside();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        return new PlacingOrderRequests(new PlacingOrderRequests.Ports(new DynamoServices(tables.tenant()),
                new DynamoOrders(tables), new DynamoOrderLinks(tables.tenant()),
                new MailingNotifications(new DynamoNotifications(tables.tenant()), new DynamoUsers(tables),
                        new OutboxMailer(tables.platform(), Clock.systemUTC())), new DynamoConversations(tables.tenant())));
    }

    static TellingCustomersOfDecisions decisionsFromEnvironment() {
        OrderApprovalPriming.startDecisionsAlongside();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        var conversations = new DynamoConversations(tables.tenant());
        return new TellingCustomersOfDecisions(new TellingCustomersOfDecisions.Ports(new DynamoOrders(tables),
                new DynamoCustomerConversations(tables, new DynamoCustomers(tables.tenant()), conversations),
                new DynamoOutboundLedger(tables.tenant()), new SqsOutboundQueue(SqsClients.shared(), Env.require("OUTBOUND_QUEUE_URL")),
                new DynamoAuditEvents(tables)), Clock.systemUTC());
    }
}
