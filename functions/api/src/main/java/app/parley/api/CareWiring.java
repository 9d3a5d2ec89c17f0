package app.parley.api;

import app.parley.api.audit.Auditor;
import app.parley.api.http.Operation;
import app.parley.api.notifications.NotificationEndpoints;
import app.parley.api.reports.PlatformReportEndpoints;
import app.parley.api.reports.TenantReportEndpoints;
import app.parley.api.reviews.ReviewEndpoints;
import app.parley.api.tickets.TicketEndpoints;
import app.parley.auth.application.Users;
import app.parley.catalog.infrastructure.DynamoLookupTables;
import app.parley.mail.application.Mailer;
import app.parley.notifications.application.MailingNotifications;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.orders.application.Orders;
import app.parley.reports.application.DailyFigures;
import app.parley.reports.application.ReportingTenant;
import app.parley.reports.infrastructure.DynamoPlatformDailyFigures;
import app.parley.reviews.application.AskingForReviews;
import app.parley.reviews.infrastructure.DynamoReviews;
import app.parley.tickets.application.ChangingTickets;
import app.parley.tickets.application.NotingTickets;
import app.parley.tickets.application.OpeningTickets;
import app.parley.tickets.infrastructure.DynamoTickets;
import java.util.ArrayList;
import java.util.List;

/** Customer care's endpoints (tickets, reviews, notifications, reports) and their collaborators. */
final class CareWiring {
    private CareWiring() {}

    static List<Operation> operations(ApiDependencies d, Users users, Orders orders, Mailer mailer, Auditor auditor, DailyFigures figures) {
        var tables = d.tables();
        var tickets = new DynamoTickets(tables);
        var reviews = new DynamoReviews(tables);
        var notifications = new MailingNotifications(new DynamoNotifications(tables.tenant()), users, mailer);
        var asking = new AskingForReviews(reviews, d.outbound());
        List<Operation> operations = new ArrayList<>();
        operations.addAll(new TicketEndpoints(tickets, new OpeningTickets(tickets, new DynamoLookupTables(tables.tenant())),
                new ChangingTickets(new ChangingTickets.Ports(tickets, users, notifications, asking)), new NotingTickets(tickets),
                auditor, d.clock()).operations());
        operations.addAll(new ReviewEndpoints(reviews, asking, orders, auditor, d.clock()).operations());
        operations.addAll(new NotificationEndpoints(notifications).operations());
        operations.addAll(new TenantReportEndpoints(new ReportingTenant(figures), users, d.clock()).operations());
        operations.addAll(new PlatformReportEndpoints(new DynamoPlatformDailyFigures(tables.platform()), d.billing().platformFigures(),
                d.clock()).operations());
        return operations;
    }
}
