package app.parley.local.pipeline;

import static app.parley.local.pipeline.PipelineStack.BLOOM;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.Eventually;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customer care end to end on the local stack: signed webhooks in, the fake Graph API out, the admin API
 * between. A complaint opens one categorised ticket; a resolved ticket asks for a review; a negative
 * rating raises one alert; a lookup change applies to the next message; report figures match the events.
 */
class CustomerCareIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(300);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PipelineStack p;
    private static TenantId bloom;
    private static String admin;
    private static String owner;

    @BeforeAll
    static void start() {
        p = PipelineStack.start();
        bloom = p.tenant("bloom-and-stem");
        admin = p.login("admin@bloom.example", "Bloom-Admin-2026!");
        owner = p.login("owner@platform.example", "Platform-Owner-2026!");
    }

    @AfterAll
    static void stop() { if (p != null) p.close(); }

    @Test
    void a_complaint_opens_one_ticket_with_its_category_and_staff_are_alerted_once() throws Exception {
        String customer = newCustomer(), wamid = wamid();
        String webhook = Webhooks.text(BLOOM, customer, wamid, "My roses arrived damaged, this is unacceptable");
        assertThat(p.post(webhook)).isEqualTo(200);
        Eventually.within(WAIT, () -> ticketsOf(customer).size() == 1);
        assertThat(p.post(webhook)).isEqualTo(200); // WhatsApp delivers again
        assertThat(p.post(Webhooks.text(BLOOM, customer, wamid(), "Still waiting, the flowers were broken"))).isEqualTo(200);
        Eventually.within(WAIT, () -> messagesStored(customer) >= 2);
        Thread.sleep(1500);

        List<JsonNode> tickets = ticketsOf(customer);
        assertThat(tickets).hasSize(1);
        JsonNode ticket = tickets.getFirst();
        assertThat(ticket.path("category").asText()).isEqualTo("Damaged flowers");
        assertThat(ticket.path("status").asText()).isEqualTo("OPEN");
        assertThat(ticket.path("priority").asText()).isEqualTo("HIGH");
        assertThat(java.time.Duration.between(java.time.Instant.parse(ticket.path("openedAt").asText()),
                java.time.Instant.parse(ticket.path("dueAt").asText()))).isEqualTo(Duration.ofHours(8));
        assertThat(escalationsFor(ticket.path("conversationId").asText())).hasSize(1);
        Eventually.within(WAIT, () -> mailsAbout("A conversation needs a person", customer) == 2); // admin and manager
    }

    @Test
    void a_change_to_the_issues_table_categorises_the_very_next_complaint_and_is_in_its_history() throws Exception {
        JsonNode issues = call("GET", "/api/lookups/issues", null).json();
        List<String> values = new ArrayList<>();
        issues.path("values").forEach(v -> values.add(v.asText()));
        values.add("Wilted bouquet");
        var put = call("PUT", "/api/lookups/issues", JSON.createObjectNode().set("values", JSON.valueToTree(values)).toString());
        assertThat(put.status()).isEqualTo(200);

        String customer = newCustomer();
        assertThat(p.post(Webhooks.text(BLOOM, customer, wamid(), "Terrible, my bouquet came wilted"))).isEqualTo(200);
        Eventually.within(WAIT, () -> ticketsOf(customer).size() == 1);
        assertThat(ticketsOf(customer).getFirst().path("category").asText()).isEqualTo("Wilted bouquet");

        JsonNode change = call("GET", "/api/lookups/issues/history", null).json().path("items").get(0);
        assertThat(change.path("action").asText()).isEqualTo("UPDATED");
        assertThat(change.path("added").toString()).isEqualTo("[\"Wilted bouquet\"]");
        assertThat(change.path("actor").asText()).startsWith("usr_");
        assertThat(change.path("at").asText()).isNotBlank();
    }

    @Test
    void a_resolved_ticket_asks_for_a_review_and_a_negative_rating_raises_exactly_one_alert() throws Exception {
        String customer = newCustomer();
        assertThat(p.post(Webhooks.text(BLOOM, customer, wamid(), "I want a refund, the orchids never arrived"))).isEqualTo(200);
        Eventually.within(WAIT, () -> ticketsOf(customer).size() == 1 && p.sentTo(customer).size() == 1); // the hand-over notice
        String id = ticketsOf(customer).getFirst().path("id").asText();

        assertThat(call("POST", "/api/tickets/" + id + "/status", "{\"status\":\"CLOSED\"}").status()).isEqualTo(409);
        assertThat(call("POST", "/api/tickets/" + id + "/status", "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(200);
        int sentBefore = p.sentTo(customer).size();
        assertThat(call("POST", "/api/tickets/" + id + "/status", "{\"status\":\"RESOLVED\"}").status()).isEqualTo(200);
        Eventually.within(WAIT, () -> p.sentTo(customer).size() == sentBefore + 1);
        assertThat(PipelineStack.replyText(p.sentTo(customer).getLast())).contains("rating from 1");

        String rating = Webhooks.text(BLOOM, customer, wamid(), "1 - nobody called me back");
        assertThat(p.post(rating)).isEqualTo(200);
        Eventually.within(WAIT, () -> p.sentTo(customer).size() == sentBefore + 2);
        assertThat(p.post(rating)).isEqualTo(200); // delivered again
        Thread.sleep(1500);

        assertThat(PipelineStack.replyText(p.sentTo(customer).getLast())).contains("manager will look into it");
        assertThat(p.sentTo(customer)).hasSize(sentBefore + 2);
        JsonNode review = call("GET", "/api/reviews?limit=200", null).json().path("items");
        List<JsonNode> mine = new ArrayList<>();
        review.forEach(r -> { if (r.path("customerPhone").asText().equals(customer)) mine.add(r); });
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().path("rating").asInt()).isEqualTo(1);
        assertThat(mine.getFirst().path("comment").asText()).isEqualTo("nobody called me back");
        assertThat(mine.getFirst().path("subjectId").asText()).isEqualTo(id);
        List<StaffNotification> alerts = new DynamoNotifications(p.tables.tenant()).latest(bloom, 500).stream()
                .filter(n -> n.kind() == StaffNotification.Kind.NEGATIVE_REVIEW && n.text().contains(customer)).toList();
        assertThat(alerts).hasSize(1);
        assertThat(mailsAbout("A customer left a negative review", customer)).isEqualTo(2);

        JsonNode history = call("GET", "/api/tickets/" + id + "/history", null).json().path("items");
        assertThat(history).extracting(h -> h.path("to").asText()).containsExactly("OPEN", "IN_PROGRESS", "RESOLVED");
    }

    @Test
    void report_figures_and_their_csv_match_the_events_that_produced_them() throws Exception {
        JsonNode before = call("GET", "/api/reports/summary", null).json();
        JsonNode platformBefore = call(owner, "GET", "/api/platform/reports", null).json();
        int complaints = 3, questions = 2;
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            String c = newCustomer();
            customers.add(c);
            assertThat(p.post(Webhooks.text(BLOOM, c, wamid(), "The delivery was late and the box was damaged, awful"))).isEqualTo(200);
        }
        for (int i = 0; i < questions; i++) {
            String c = newCustomer();
            customers.add(c);
            assertThat(p.post(Webhooks.text(BLOOM, c, wamid(), "How much are red roses?"))).isEqualTo(200);
        }
        Eventually.within(WAIT, () -> customers.stream().allMatch(c -> p.sentTo(c).size() == 1));
        String note = call("POST", "/api/tickets/" + ticketsOf(customers.getFirst()).getFirst().path("id").asText() + "/notes",
                "{\"text\":\"Replacement sent\"}").body();
        assertThat(note).contains("Replacement sent");

        Eventually.within(WAIT, () -> delta(before, "messagesOut") == complaints + questions);
        JsonNode after = call("GET", "/api/reports/summary", null).json();
        assertThat(diff(before, after, "messagesIn")).isEqualTo(complaints + questions);
        assertThat(diff(before, after, "conversationsStarted")).isEqualTo(complaints + questions);
        assertThat(diff(before, after, "sentByAi")).isEqualTo(complaints + questions);
        assertThat(diff(before, after, "sentByStaff")).isZero();
        assertThat(diff(before, after, "escalations")).isEqualTo(complaints);
        assertThat(diff(before, after, "ticketsOpened")).isEqualTo(complaints);
        assertThat(diff(before, after, "staffActions")).isEqualTo(1); // the note
        assertThat(after.path("escalationRatio").decimalValue()).isEqualByComparingTo(ratio(after.path("escalations").asLong(),
                after.path("conversationsStarted").asLong()));

        JsonNode platform = call(owner, "GET", "/api/platform/reports", null).json();
        assertThat(diff(platformBefore, platform, "conversationsStarted")).isEqualTo(complaints + questions);
        assertThat(diff(platformBefore, platform, "escalations")).isEqualTo(complaints);
        assertThat(diff(platformBefore, platform, "messagesIn")).isEqualTo(complaints + questions);
        assertThat(platform.path("escalationRatio").decimalValue()).isEqualByComparingTo(ratio(platform.path("escalations").asLong(),
                platform.path("conversationsStarted").asLong()));
        assertThat(call(owner, "GET", "/api/platform/reports.csv", null).body().lines().toList().getFirst())
                .startsWith("day,tenants registered,messages in,messages out,conversations started,escalations,orders requested");

        var csv = call("GET", "/api/reports/summary.csv", null);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("section,name,value");
        assertThat(lines).contains("tickets,opened," + after.path("ticketsOpened").asLong(),
                "conversations,escalations," + after.path("escalations").asLong(),
                "messages,in," + after.path("messagesIn").asLong(),
                "conversations,escalation ratio," + after.path("escalationRatio").decimalValue().toPlainString());
        assertThat(lines).anyMatch(l -> l.startsWith("activity,Lena Park (usr_") && l.endsWith("," + after.path("activity").get(0).path("actions").asLong()));
    }

    private static long delta(JsonNode before, String field) {
        try {
            return diff(before, call("GET", "/api/reports/summary", null).json(), field);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long diff(JsonNode before, JsonNode after, String field) {
        return after.path(field).asLong() - before.path(field).asLong();
    }

    private static java.math.BigDecimal ratio(long part, long whole) {
        return whole == 0 ? java.math.BigDecimal.ZERO
                : java.math.BigDecimal.valueOf(part).divide(java.math.BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_EVEN);
    }

    private static List<JsonNode> ticketsOf(String customer) {
        try {
            List<JsonNode> mine = new ArrayList<>();
            call("GET", "/api/tickets?limit=200", null).json().path("items").forEach(t -> {
                if (t.path("customerPhone").asText().equals(customer)) mine.add(t);
            });
            return mine;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<StaffNotification> escalationsFor(String conversationId) {
        return new DynamoNotifications(p.tables.tenant()).latest(bloom, 500).stream()
                .filter(n -> n.kind() == StaffNotification.Kind.ESCALATED && conversationId.equals(n.conversationId())).toList();
    }

    private static long mailsAbout(String subject, String customer) {
        return new OutboxMailer(p.tables.platform(), Clock.systemUTC()).page(200, null).items().stream()
                .filter(m -> m.subject().equals(subject) && m.text().contains(customer)).count();
    }

    private static int messagesStored(String customer) {
        var customers = new app.parley.crm.infrastructure.DynamoCustomers(p.tables.tenant());
        return customers.findByPhone(bloom, customer).map(c -> {
            var conversations = new app.parley.conversation.infrastructure.DynamoConversations(p.tables.tenant());
            return new app.parley.conversation.infrastructure.DynamoCustomerConversations(p.tables, customers, conversations)
                    .continueFor(bloom, customer, null, java.time.Instant.now());
        }).map(c -> new app.parley.conversation.infrastructure.DynamoMessages(p.tables.tenant()).latest(bloom, c.id(), 50).size()).orElse(0);
    }

    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() throws Exception { return JSON.readTree(body); }
    }

    private static Answer call(String method, String path, String body) throws Exception {
        return call(admin, method, path, body);
    }

    private static Answer call(String token, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(p.stack.baseUrl().resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers());
    }

    private static String newCustomer() { return "1555030" + String.format("%04d", CUSTOMERS.incrementAndGet()); }

    private static String wamid() { return "wamid.C" + UUID.randomUUID().toString().replace("-", ""); }
}
