package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.auth.application.AddingUsers;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.AddUser;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.persistence.Workload;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff working tickets, notifications, review requests and reports through the API handler on real engines. */
class CareApiIT {
    private static ApiFixture api;
    private static Workload w;
    private static User agent;
    private static String admin;
    private static String agentToken;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        w = Workload.create(api.tables(), "care-api", "100200400");
        agent = ((UserCreation.Created) new AddingUsers(new DynamoUsers(api.tables())).add(new AddUser(w.tenant().id(),
                "desk@care-api.example", "Desk, Front", Role.AGENT, "$argon2id$v=19$m=65536,t=3,p=1$x$y"))).user();
        admin = api.token(w.tenant().id(), w.user().id().value(), AccessRole.TENANT_ADMIN);
        agentToken = api.token(w.tenant().id(), agent.id().value(), AccessRole.AGENT);
    }

    @AfterAll
    static void stop() { api.close(); }

    @Test
    void a_ticket_is_categorised_assigned_with_a_mailed_notification_reprioritised_noted_and_its_history_kept() {
        var opened = api.call("POST", "/api/tickets", admin, "{\"subject\":\"A question about my billing\",\"customerPhone\":\"15550001111\"}");
        assertThat(opened.status()).isEqualTo(201);
        JsonNode ticket = opened.json();
        String id = ticket.path("id").asText();
        assertThat(ticket.path("category").asText()).isEqualTo("Billing question");
        assertThat(Duration.between(Instant.parse(ticket.path("openedAt").asText()), Instant.parse(ticket.path("dueAt").asText())))
                .isEqualTo(Duration.ofHours(24));

        String assign = "{\"userId\":\"" + agent.id().value() + "\"}";
        assertThat(api.call("POST", "/api/tickets/" + id + "/assign", agentToken, assign).status()).isEqualTo(403);
        var unknown = api.call("POST", "/api/tickets/" + id + "/assign", admin, "{\"userId\":\"usr_01J00000000000000000000000\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).contains("userId");
        assertThat(api.call("POST", "/api/tickets/" + id + "/assign", admin, assign).json().path("assignee").asText()).isEqualTo(agent.id().value());

        JsonNode mine = api.call("GET", "/api/notifications?unread=true", agentToken, null).json().path("items");
        assertThat(mine).anyMatch(n -> n.path("kind").asText().equals("TICKET_ASSIGNED") && n.path("subject").asText().equals(id));
        String notification = find(mine, "subject", id).path("id").asText();
        assertThat(api.call("GET", "/api/notifications", admin, null).json().path("items")).noneMatch(n -> n.path("id").asText().equals(notification));
        assertThat(api.call("POST", "/api/notifications/" + notification + "/read", admin, null).status()).isEqualTo(404);
        assertThat(api.call("POST", "/api/notifications/" + notification + "/read", agentToken, null).status()).isEqualTo(204);
        assertThat(api.call("GET", "/api/notifications?unread=true", agentToken, null).json().path("items"))
                .noneMatch(n -> n.path("id").asText().equals(notification));
        assertThat(find(api.call("GET", "/api/notifications", agentToken, null).json().path("items"), "id", notification).path("read").asBoolean()).isTrue();
        assertThat(new OutboxMailer(api.tables().platform(), Clock.systemUTC()).page(50, null).items())
                .anyMatch(m -> m.to().equals("desk@care-api.example") && m.subject().equals("A ticket was assigned to you") && m.text().contains(id));

        JsonNode urgent = api.call("POST", "/api/tickets/" + id + "/priority", agentToken, "{\"priority\":\"URGENT\"}").json();
        assertThat(Duration.between(Instant.parse(urgent.path("openedAt").asText()), Instant.parse(urgent.path("dueAt").asText())))
                .isEqualTo(Duration.ofHours(4));
        var illegal = api.call("POST", "/api/tickets/" + id + "/status", agentToken, "{\"status\":\"RESOLVED\"}");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().path("error").asText()).isEqualTo("illegal_transition");
        assertThat(illegal.json().path("message").asText()).contains("OPEN").contains("IN_PROGRESS");
        assertThat(api.call("POST", "/api/tickets/" + id + "/status", agentToken, "{\"status\":\"LATER\"}").status()).isEqualTo(400);
        assertThat(api.call("POST", "/api/tickets/" + id + "/status", agentToken, "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/tickets/" + id + "/notes", agentToken, "{\"text\":\"Refund issued\"}").status()).isEqualTo(201);
        assertThat(api.call("GET", "/api/tickets/" + id + "/notes", agentToken, null).json().path("items").get(0).path("author").asText())
                .isEqualTo(agent.id().value());

        JsonNode history = api.call("GET", "/api/tickets/" + id + "/history", agentToken, null).json().path("items");
        List<String> lines = new ArrayList<>();
        history.forEach(h -> lines.add(h.path("field").asText() + ":" + h.path("from").asText("") + ">" + h.path("to").asText()));
        assertThat(lines).containsExactly("status:>OPEN", "assignee:>" + agent.id().value(), "priority:NORMAL>URGENT", "status:OPEN>IN_PROGRESS");
        assertThat(api.call("GET", "/api/tickets?status=IN_PROGRESS&assignee=" + agent.id().value(), agentToken, null).json().path("items"))
                .extracting(t -> t.path("id").asText()).containsExactly(id);
        assertThat(api.call("GET", "/api/tickets?status=OPEN", agentToken, null).json().path("items")).isEmpty();
        assertThat(api.call("GET", "/api/tickets?priority=URGENT", agentToken, null).json().path("items"))
                .extracting(t -> t.path("id").asText()).contains(id);
        assertThat(api.call("GET", "/api/tickets?priority=LOW", agentToken, null).json().path("items"))
                .extracting(t -> t.path("id").asText()).doesNotContain(id);
        var someday = api.call("GET", "/api/tickets?priority=SOMEDAY", agentToken, null);
        assertThat(someday.status()).isEqualTo(400);
        assertThat(someday.json().path("message").asText()).contains("priority");
    }

    @Test
    void a_reopened_ticket_holds_its_conversation_again_unless_another_ticket_is_open_there() {
        String first = openOn("conv-reopen", "The cake arrived late");
        move(first, "IN_PROGRESS", 200);
        move(first, "RESOLVED", 200);
        String second = openOn("conv-reopen", "And the candles were missing");

        var refused = api.call("POST", "/api/tickets/" + first + "/status", agentToken, "{\"status\":\"IN_PROGRESS\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asText()).isEqualTo("another_ticket_open");
        assertThat(refused.json().path("message").asText()).contains(second);

        move(second, "IN_PROGRESS", 200);
        move(second, "RESOLVED", 200);
        move(first, "IN_PROGRESS", 200);
        var third = api.call("POST", "/api/tickets", admin, "{\"subject\":\"Late again\",\"conversationId\":\"conv-reopen\"}");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().path("message").asText()).contains(first);
    }

    private static String openOn(String conversation, String subject) {
        var opened = api.call("POST", "/api/tickets", admin, "{\"subject\":\"" + subject + "\",\"conversationId\":\"" + conversation + "\"}");
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().path("id").asText();
    }

    private static void move(String ticket, String status, int expected) {
        assertThat(api.call("POST", "/api/tickets/" + ticket + "/status", agentToken, "{\"status\":\"" + status + "\"}").status())
                .isEqualTo(expected);
    }

    @Test
    void a_review_is_asked_only_about_an_approved_order_and_only_once_and_the_report_counts_it() {
        String order = w.order().id().value();
        assertThat(api.call("POST", "/api/orders/" + order + "/review-request", admin, null).status()).isEqualTo(409);
        assertThat(api.call("POST", "/api/orders/" + order + "/approve", admin, null).status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/orders/" + order + "/review-request", admin, null).json().path("asked").asBoolean()).isTrue();
        assertThat(api.call("POST", "/api/orders/" + order + "/review-request", admin, null).json().path("asked").asBoolean()).isFalse();

        JsonNode report = api.call("GET", "/api/reports/summary", admin, null).json();
        assertThat(report.path("ordersRequested").asLong()).isEqualTo(1);
        assertThat(report.path("ordersApproved").asLong()).isEqualTo(1);
        assertThat(report.path("approvalRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(report.path("reviewsRequested").asLong()).isEqualTo(1);
        String csv = file(api.call("GET", "/api/reports/summary.csv", admin, null));
        assertThat(csv).startsWith("section,name,value\r\n").contains("\r\norders,approved,1\r\n").contains("\r\nfeedback,reviews requested,1\r\n")
                .contains("\r\nactivity,\"Desk, Front (" + agent.id().value() + ")\",");
    }

    @Test
    void report_ranges_are_checked_with_a_sentence_and_the_platform_report_counts_onboarding() {
        var bad = api.call("GET", "/api/reports/summary?from=yesterday", admin, null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).contains("from");
        assertThat(api.call("GET", "/api/reports/summary?from=2025-01-01&to=2025-12-31", admin, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/reports/summary?from=2025-02-01&to=2025-01-01", admin, null).status()).isEqualTo(400);

        String owner = api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN);
        JsonNode platform = api.call("GET", "/api/platform/reports", owner, null).json();
        assertThat(platform.path("tenantsRegistered").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(platform.path("days")).hasSize(30);
        assertThat(file(api.call("GET", "/api/platform/reports.csv", owner, null))).startsWith("day,tenants registered,");
        assertThat(api.call("GET", "/api/platform/reports/reviews?from=2025-03-01&to=2025-03-03", owner, null).json().path("items")).hasSize(3);
    }

    /** A file answer as API Gateway carries it: base64 in the body. */
    private static String file(ApiFixture.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("Content-Type")).startsWith("text/csv");
        return new String(java.util.Base64.getDecoder().decode(answer.body()), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode n : items) if (n.path(field).asText().equals(value)) return n;
        throw new AssertionError("no item with " + field + "=" + value);
    }
}
