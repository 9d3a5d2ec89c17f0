package app.parley.care;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.application.AddingUsers;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.AddUser;
import app.parley.auth.model.Role;
import app.parley.catalog.infrastructure.DynamoLookupTables;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.notifications.application.MailingNotifications;
import app.parley.orders.application.PlacingOrderRequests;
import app.parley.orders.infrastructure.DynamoOrderLinks;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.OrderRequested;
import app.parley.orders.model.RequestedLine;
import java.time.Clock;
import app.parley.catalog.model.LookupTable;
import app.parley.common.model.Ids;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.notifications.model.NotificationEntry;
import app.parley.notifications.model.StaffNotification;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import app.parley.reports.application.ReportingTenant;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.model.Figure;
import app.parley.reviews.application.TakingReviewAnswers;
import app.parley.reviews.application.ReviewAnswer;
import app.parley.reviews.infrastructure.DynamoReviews;
import app.parley.reviews.model.ReviewRequest;
import app.parley.reviews.model.ReviewSubject;
import app.parley.tenancy.model.TenantId;
import app.parley.tickets.application.OpeningTickets;
import app.parley.tickets.infrastructure.DynamoTickets;
import app.parley.tickets.model.OpenTicket;
import app.parley.tickets.model.TicketFilter;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketOpening;
import app.parley.tickets.model.TicketPriority;
import app.parley.tickets.model.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tickets, notifications, reviews and figures on DynamoDB Local, two tenants side by side. */
class CustomerCareRepositoriesIT {
    private static LocalTables local;
    private static Tables tables;
    private static Workload one;
    private static Workload two;

    @BeforeAll static void start() {
        local = LocalTables.start();
        tables = local.tables();
        one = Workload.create(tables, "care-one", "300000000000001");
        two = Workload.create(tables, "care-two", "300000000000002");
    }

    @AfterAll static void stop() { local.close(); }

    @Test
    void one_conversation_gets_one_open_ticket_and_its_figure_counts_once() {
        TenantId t = one.tenant().id();
        new DynamoLookupTables(tables.tenant()).save(new LookupTable(t, "issues", List.of("Late delivery", "Damaged flowers")));
        var tickets = new DynamoTickets(tables);
        var opening = new OpeningTickets(tickets, new DynamoLookupTables(tables.tenant()));
        Instant at = Instant.now();
        long before = figures(t, Figure.TICKETS_OPENED);
        var first = opening.open(command(t, TicketId.forMessage("wamid.1", at), "flowers damaged", "conv-a", at));
        var redelivered = opening.open(command(t, TicketId.forMessage("wamid.1", at), "flowers damaged", "conv-a", at));
        var again = opening.open(command(t, TicketId.forMessage("wamid.2", at), "still damaged", "conv-a", at));

        assertThat(first).isInstanceOfSatisfying(TicketOpening.Opened.class, o -> assertThat(o.ticket().category()).isEqualTo("Damaged flowers"));
        assertThat(redelivered).isInstanceOf(TicketOpening.AlreadyOpen.class);
        assertThat(again).isEqualTo(new TicketOpening.AlreadyOpen(((TicketOpening.Opened) first).ticket().id()));
        assertThat(figures(t, Figure.TICKETS_OPENED)).isEqualTo(before + 1);
        assertThat(tickets.page(t, new TicketFilter(Optional.of(TicketStatus.OPEN), Optional.empty(), Optional.empty(), Optional.of("Damaged flowers")), 50, null)
                .items()).extracting(x -> x.id()).contains(((TicketOpening.Opened) first).ticket().id());
        assertThat(tickets.find(two.tenant().id(), ((TicketOpening.Opened) first).ticket().id())).isEmpty();
        assertThat(tickets.page(two.tenant().id(), TicketFilter.all(), 50, null).items()).isEmpty();
    }

    @Test
    void a_notification_is_read_per_user_and_one_for_somebody_else_is_neither_listed_nor_markable() {
        TenantId t = one.tenant().id();
        var notifications = new DynamoNotifications(tables.tenant());
        String everyone = "ntf-" + Ids.next("t"), personal = "ntf-" + Ids.next("t");
        assertThat(notifications.record(new StaffNotification(t, everyone, StaffNotification.Kind.ESCALATED, null, null, "all", Instant.now()))).isTrue();
        assertThat(notifications.record(new StaffNotification(t, everyone, StaffNotification.Kind.ESCALATED, null, null, "all", Instant.now()))).isFalse();
        notifications.record(new StaffNotification(t, personal, StaffNotification.Kind.TICKET_ASSIGNED, null, null, "yours", Instant.now(), "usr_A"));

        assertThat(ids(notifications.forUser(t, "usr_B", false, 50, null).items())).contains(everyone).doesNotContain(personal);
        assertThat(notifications.markRead(t, personal, "usr_B")).isFalse();
        assertThat(notifications.markRead(t, everyone, "usr_A")).isTrue();
        assertThat(ids(notifications.forUser(t, "usr_A", true, 50, null).items())).contains(personal).doesNotContain(everyone);
        assertThat(ids(notifications.forUser(t, "usr_B", true, 50, null).items())).contains(everyone);
        assertThat(notifications.markRead(two.tenant().id(), everyone, "usr_A")).isFalse();
    }

    @Test
    void a_rating_answers_the_waiting_request_once_and_a_low_one_alerts_once() {
        TenantId t = two.tenant().id();
        var reviews = new DynamoReviews(tables);
        var notifications = new DynamoNotifications(tables.tenant());
        var taking = new TakingReviewAnswers(reviews, notifications);
        Instant at = Instant.now();
        var request = new ReviewRequest(t, "351911111111", new ReviewSubject(ReviewSubject.Kind.ORDER, "ord_x"), null, at);
        assertThat(reviews.ask(request)).isTrue();
        assertThat(reviews.ask(request)).isFalse();
        long before = figures(t, Figure.REVIEWS_RECEIVED);

        assertThat(taking.take(t, "351911111111", "wamid.r0", "when do you open?", at)).isInstanceOf(ReviewAnswer.NotAnAnswer.class);
        var first = taking.take(t, "351911111111", "wamid.r1", "2 roses were dead", at);
        var redelivered = taking.take(t, "351911111111", "wamid.r1", "2 roses were dead", at);
        var later = taking.take(t, "351911111111", "wamid.r2", "5", at);

        assertThat(first).isInstanceOfSatisfying(ReviewAnswer.Taken.class, x -> assertThat(x.firstTime()).isTrue());
        assertThat(redelivered).isInstanceOfSatisfying(ReviewAnswer.Taken.class, x -> assertThat(x.firstTime()).isFalse());
        assertThat(later).isInstanceOf(ReviewAnswer.NotAnAnswer.class);
        assertThat(figures(t, Figure.REVIEWS_RECEIVED)).isEqualTo(before + 1);
        assertThat(notifications.latest(t, 100)).filteredOn(n -> n.kind() == StaffNotification.Kind.NEGATIVE_REVIEW).hasSize(1);
        assertThat(reviews.pendingFor(t, "351911111111")).isEmpty();
    }

    @Test
    void the_report_sums_every_shard_and_day_of_the_range_and_nothing_outside_it() {
        TenantId t = two.tenant().id();
        var figures = new DynamoDailyFigures(tables.tenant());
        LocalDate day = LocalDate.of(2025, 3, 10);
        for (int i = 0; i < 20; i++) figures.add(t, day, Figure.CONVERSATIONS_STARTED);
        for (int i = 0; i < 5; i++) figures.add(t, day.plusDays(1), Figure.ESCALATIONS);
        figures.add(t, day.plusDays(2), Figure.ESCALATIONS);
        figures.staffActed(t, day, "usr_Z");
        figures.staffActed(t, day, "usr_Z");
        figures.add(one.tenant().id(), day, Figure.ESCALATIONS);

        var report = new ReportingTenant(figures).report(t, day, day.plusDays(1), id -> "Zoe, " + id);
        assertThat(report.conversationsStarted()).isEqualTo(20);
        assertThat(report.escalations()).isEqualTo(5);
        assertThat(report.escalationRatio()).isEqualByComparingTo("0.2500");
        assertThat(report.staffActions()).isEqualTo(2);
        assertThat(report.activity()).containsExactly(new app.parley.reports.model.TenantReport.UserActivity("usr_Z", "Zoe, usr_Z", 2));
    }

    @Test
    void a_new_pending_order_is_mailed_once_to_every_manager_and_admin_and_counted_once() {
        Workload w = Workload.create(tables, "care-mail", "300000000000003");
        new AddingUsers(new DynamoUsers(tables)).add(new AddUser(w.tenant().id(), "agent@care-mail.example", "Agent", Role.AGENT, "$argon2id$v=19$m=65536,t=3,p=1$x$y"));
        new AddingUsers(new DynamoUsers(tables)).add(new AddUser(w.tenant().id(), "boss@care-mail.example", "Boss", Role.MANAGER, "$argon2id$v=19$m=65536,t=3,p=1$x$y"));
        var mailer = new OutboxMailer(tables.platform(), Clock.systemUTC());
        var placing = new PlacingOrderRequests(new PlacingOrderRequests.Ports(new DynamoServices(tables.tenant()),
                new DynamoOrders(tables), new DynamoOrderLinks(tables.tenant()),
                new MailingNotifications(new DynamoNotifications(tables.tenant()), new DynamoUsers(tables), mailer),
                new DynamoConversations(tables.tenant())));
        var request = new OrderRequested(OrderRequested.requestIdFor("wamid.MAIL"), w.tenant().id(), w.conversation().id().value(),
                w.customer().id().value(), w.customer().phone(), "Ann", "Friday", null, List.of(),
                List.of(new RequestedLine(w.service().id().value(), w.service().name(), w.service().price(), 1)), Instant.now());

        long ordersBefore = figures(w.tenant().id(), Figure.ORDERS_REQUESTED); // the workload's own order
        placing.place(request);
        placing.place(request);

        assertThat(mailer.page(100, null).items()).filteredOn(m -> m.subject().equals("New order waiting for approval"))
                .extracting(OutboxMailer.OutboxMail::to).containsExactlyInAnyOrder("admin@care-mail.example", "boss@care-mail.example");
        assertThat(figures(w.tenant().id(), Figure.ORDERS_REQUESTED)).isEqualTo(ordersBefore + 1);
    }

    private static List<String> ids(List<NotificationEntry> entries) {
        return entries.stream().map(e -> e.notification().id()).toList();
    }

    private static long figures(TenantId t, Figure f) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new DynamoDailyFigures(tables.tenant()).totals(t, today.minusDays(1), today.plusDays(1)).get(f);
    }

    private static OpenTicket command(TenantId t, TicketId id, String text, String conversation, Instant at) {
        return new OpenTicket(t, id, TicketPriority.HIGH, null, text, "351900000000", conversation, "assistant", at);
    }
}
