package app.parley.orderapproval;

import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.notifications.application.MailingNotifications;
import java.time.Clock;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.orders.application.PlacingOrderRequests;
import app.parley.orders.infrastructure.DynamoOrderLinks;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.persistence.Tables;

/** The order-approval function's collaborators, built once per container. */
final class OrderApprovalWiring {
    private OrderApprovalWiring() {}

    static PlacingOrderRequests fromEnvironment() {
        Tables tables = Tables.fromEnvironment();
        return new PlacingOrderRequests(new PlacingOrderRequests.Ports(new DynamoServices(tables.tenant()),
                new DynamoOrders(tables.tenant()), new DynamoOrderLinks(tables.tenant()),
                new MailingNotifications(new DynamoNotifications(tables.tenant()), new DynamoUsers(tables),
                        new OutboxMailer(tables.platform(), Clock.systemUTC())), new DynamoConversations(tables.tenant())));
    }
}
