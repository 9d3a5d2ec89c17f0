package app.parley.orderapproval;

import app.parley.catalog.infrastructure.DynamoServices;
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
                new DynamoNotifications(tables.tenant()), new DynamoConversations(tables.tenant())));
    }
}
