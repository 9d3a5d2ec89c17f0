package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.Consent;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerId;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.MediaSource;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.persistence.Workload;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotations and customer profiles through the API handler on DynamoDB Local and ElasticMQ. */
class CrmApiIT {
    private static ApiFixture api;
    private static Workload w;
    private static String manager;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        w = Workload.create(api.tables(), "crm-api", "100200398");
        manager = api.token(w.tenant().id(), w.user().id().value(), AccessRole.MANAGER);
        agent = api.token(w.tenant().id(), w.user().id().value(), AccessRole.AGENT);
    }

    @AfterAll
    static void stop() { api.close(); }

    private static String lines(int quantity) {
        return "\"items\":[{\"serviceId\":\"" + w.service().id().value() + "\",\"quantity\":" + quantity + "}]";
    }

    @Test
    void a_quotation_is_priced_from_the_catalog_versioned_by_edits_approved_by_a_manager_and_sent_once_as_a_stored_pdf() {
        String draft = "{\"customerId\":\"" + w.customer().id().value() + "\"," + lines(2);
        var priced = api.call("POST", "/api/quotations", agent, draft + ",\"unitPrice\":\"0.01\"}");
        assertThat(priced.status()).as("staff never type a price").isEqualTo(400);
        assertThat(priced.json().get("message").asText()).contains("unitPrice");
        var drafted = api.call("POST", "/api/quotations", agent, draft + "}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String unit = w.service().price().toDecimalString();
        assertThat(drafted.json().get("items").get(0).get("unitPrice").asText()).isEqualTo(unit);
        String path = "/api/quotations/" + drafted.json().get("id").asText();

        JsonNode edited = api.call("PUT", path, agent, "{" + lines(3) + ",\"notes\":\"Three, please\"}").json();
        assertThat(edited.get("version").asInt()).isEqualTo(2);
        assertThat(edited.get("total").asText()).isEqualTo(w.service().price().times(3).toDecimalString());
        assertThat(api.call("GET", path, agent, null).json().get("versions").findValuesAsText("version")).containsExactly("1", "2");

        assertThat(api.call("POST", path + "/send", agent, null).status()).as("not approved yet").isEqualTo(409);
        assertThat(api.call("POST", path + "/approve", agent, null).status()).isEqualTo(403);
        assertThat(api.call("POST", path + "/approve", manager, null).json().get("status").asText()).isEqualTo("APPROVED");

        var sent = api.call("POST", path + "/send", agent, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        var again = api.call("POST", path + "/send", agent, null);
        assertThat(again.json().get("messageId").asText()).isEqualTo(sent.json().get("messageId").asText());
        assertThat(sent.json().get("quotation").get("status").asText()).isEqualTo("SENT");

        List<OutboundMessage> queued = api.engines.sqs.receiveMessage(b -> b.queueUrl(api.engines.outboundQueueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(2)).messages().stream().map(m -> Envelopes.fromJson(m.body(), OutboundMessage.class)).toList();
        assertThat(queued).as("the queue deduplicates the resend").hasSize(1);
        var document = (OutboundContent.Document) queued.getFirst().content();
        assertThat(document.source()).isInstanceOf(MediaSource.Stored.class);
        assertThat(document.caption()).contains(w.service().price().times(3).toDecimalString());
        var opened = api.media.open(((MediaSource.Stored) document.source()).reference(), w.tenant().id());
        assertThat(opened).isInstanceOf(app.parley.media.application.MediaOpening.Opened.class);
        byte[] pdf = ((app.parley.media.application.MediaOpening.Opened) opened).content().bytes();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(api.call("PUT", path, agent, "{" + lines(1) + "}").json().get("status").asText()).as("an edit needs approval again")
                .isEqualTo("DRAFT");
    }

    @Test
    void the_customer_search_finds_sealed_names_and_phones_on_the_server_page_by_page_within_the_tenant() {
        var customers = new DynamoCustomers(api.tables().tenant());
        Instant now = Instant.now();
        customers.create(new Customer(w.tenant().id(), CustomerId.newId(), "351911110001", "Marta Search", Consent.GRANTED, now));
        customers.create(new Customer(w.tenant().id(), CustomerId.newId(), "351911110002", "marta Rocha", Consent.WITHDRAWN, now));
        customers.create(new Customer(w.tenant().id(), CustomerId.newId(), "351922220003", "Rui Search", Consent.UNKNOWN, now));
        Workload other = Workload.create(api.tables(), "crm-api-other", "100200397");
        customers.create(new Customer(other.tenant().id(), CustomerId.newId(), "351911110009", "Marta Elsewhere", Consent.GRANTED, now));

        assertThat(names("q=MARTA")).containsExactlyInAnyOrder("Marta Search", "marta Rocha");
        assertThat(names("q=%2B351%2091-111")).containsExactlyInAnyOrder("Marta Search", "marta Rocha");
        assertThat(names("q=marta&consent=WITHDRAWN")).containsExactly("marta Rocha");
        assertThat(names("q=Elsewhere")).as("another tenant's customer").isEmpty();

        JsonNode first = api.call("GET", "/api/customers?q=search&limit=1", agent, null).json();
        assertThat(first.get("items")).hasSize(1);
        JsonNode second = api.call("GET", "/api/customers?q=search&limit=1&cursor=" + first.get("nextCursor").asText(), agent, null).json();
        assertThat(List.of(first.get("items").get(0).get("name").asText(), second.get("items").get(0).get("name").asText()))
                .containsExactlyInAnyOrder("Marta Search", "Rui Search");
        var bad = api.call("GET", "/api/customers?consent=MAYBE", agent, null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("consent");
    }

    private static List<String> names(String query) {
        var answer = api.call("GET", "/api/customers?limit=100&" + query, agent, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").findValuesAsText("name");
    }

    @Test
    void a_customer_profile_shows_history_and_staff_edit_tags_and_consent_but_never_the_phone() {
        String path = "/api/customers/" + w.customer().id().value();
        assertThat(api.call("GET", "/api/customers", agent, null).json().get("items").findValuesAsText("id"))
                .contains(w.customer().id().value());
        assertThat(api.call("PATCH", path, agent, "{\"phone\":\"+1999\"}").status()).as("the phone is not editable").isEqualTo(400);
        var changed = api.call("PATCH", path, agent, "{\"tags\":[\"VIP\",\"vip\",\" wholesale \"],\"consent\":\"WITHDRAWN\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode profile = api.call("GET", path, agent, null).json();
        assertThat(ApiFixture.list(profile.get("tags"))).containsExactly("vip", "wholesale");
        assertThat(profile.get("customer").get("consent").asText()).isEqualTo("WITHDRAWN");
        assertThat(profile.get("customer").get("phone").asText()).isEqualTo(w.customer().phone());
        assertThat(api.call("PATCH", path, agent, "{\"consent\":\"MAYBE\"}").status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/customers/cus_01J00000000000000000000000", agent, null).status()).isEqualTo(404);
    }
}
