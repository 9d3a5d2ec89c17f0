package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.persistence.Workload;
import app.parley.platform.infrastructure.SecretsManagerSecrets;
import app.parley.platform.model.AiProviderSettings;
import app.parley.tenancy.infrastructure.DynamoPlatformSwitches;
import app.parley.tenancy.infrastructure.DynamoTenants;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenant and platform endpoints on real engines: validation, pagination, switches, orders, agent replies, providers. */
class TenantApiIT {
    private static ApiFixture api;
    private static Workload w;
    private static String admin;
    private static String manager;
    private static String agent;
    private static String superAdmin;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        w = Workload.create(api.tables(), "tenant-api", "100200399");
        admin = api.token(w.tenant().id(), w.user().id().value(), AccessRole.TENANT_ADMIN);
        manager = api.token(w.tenant().id(), w.user().id().value(), AccessRole.MANAGER);
        agent = api.token(w.tenant().id(), w.user().id().value(), AccessRole.AGENT);
        superAdmin = api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN);
    }

    @AfterAll
    static void stop() { api.close(); }

    private static String service(String price) {
        return "{\"name\":\"Cleaning\",\"kind\":\"SERVICE\",\"price\":\"" + price + "\"}";
    }

    @Test
    void services_list_in_the_contract_shape_and_prices_are_validated_against_the_currency() {
        var created = api.call("POST", "/api/services", manager, service("72.50"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode items = api.call("GET", "/api/services", agent, null).json().get("items");
        assertThat(items.findValuesAsText("price")).contains("500.00", "72.50");
        assertThat(items.get(0).fieldNames()).toIterable().contains("id", "name", "kind", "price", "currency");

        var tooPrecise = api.call("POST", "/api/services", manager, service("1.234"));
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.json().get("message").asText()).startsWith("price:");
        assertThat(api.call("POST", "/api/services", manager, service("-1")).json().get("message").asText()).startsWith("price:");
        var unknownField = api.call("POST", "/api/services", manager, "{\"name\":\"x\",\"kind\":\"SERVICE\",\"price\":\"1\",\"discount\":\"5\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("error").asText()).isEqualTo("unknown_field");
        assertThat(api.call("POST", "/api/services", manager, "{\"kind\":\"SERVICE\",\"price\":\"1\"}").json().get("message").asText())
                .startsWith("name:");
        assertThat(api.call("POST", "/api/services", manager, "{not json").json().get("error").asText()).isEqualTo("malformed_json");
        var huge = api.call("POST", "/api/services", manager, "{\"name\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.body()).doesNotContain("Exception").doesNotContain("at app.parley");
    }

    @Test
    void lists_page_with_an_opaque_cursor_and_refuse_a_forged_one() {
        for (int i = 0; i < 5; i++) api.call("POST", "/api/faqs", manager, "{\"question\":\"Q" + i + "\",\"answer\":\"A\"}");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.call("GET", "/api/faqs?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), agent, null).json();
            page.get("items").forEach(f -> seen.add(f.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(6);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        var forged = api.call("GET", "/api/faqs?cursor=eyJQSyI6IlQjdF8wMUgjRkFRUyIsIlNLIjoiRkFRI3gifQ", agent, null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/faqs?limit=5000", agent, null).json().get("message").asText()).startsWith("limit:");
    }

    @Test
    void switches_are_visible_to_a_consistent_read_at_once() {
        assertThat(api.call("PATCH", "/api/platform/kill-switch", superAdmin, "{\"aiEnabled\":false}").status()).isEqualTo(200);
        assertThat(new DynamoPlatformSwitches(api.tables().platform()).aiEnabled()).isFalse();
        api.call("PATCH", "/api/platform/kill-switch", superAdmin, "{\"aiEnabled\":true}");
        assertThat(new DynamoPlatformSwitches(api.tables().platform()).aiEnabled()).isTrue();

        var ai = api.call("PATCH", "/api/settings/ai", admin, "{\"enabled\":false,\"confidenceThreshold\":0.9}");
        assertThat(ai.status()).isEqualTo(200);
        var stored = new DynamoTenants(api.tables()).find(w.tenant().id()).orElseThrow().ai();
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.confidenceThreshold()).isEqualTo(0.9);
        assertThat(api.call("PATCH", "/api/settings/ai", admin, "{\"confidenceThreshold\":1.5}").json().get("message").asText())
                .startsWith("confidenceThreshold:");
        api.call("PATCH", "/api/settings/ai", admin, "{\"enabled\":true}");
    }

    @Test
    void only_a_manager_decides_an_order_and_only_once() {
        String path = "/api/orders/" + w.order().id().value();
        assertThat(api.call("GET", "/api/orders?status=PENDING", agent, null).json().get("items").get(0).get("customer").get("phone").asText())
                .isEqualTo("+15550001111");
        assertThat(api.call("POST", path + "/approve", agent, null).status()).isEqualTo(403);
        String edited = "{\"items\":[{\"serviceId\":\"" + w.service().id().value() + "\",\"quantity\":3}]}";
        JsonNode approved = api.call("POST", path + "/approve", manager, edited).json();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("items").get(0).get("unitPrice").asText()).isEqualTo("500.00");
        assertThat(approved.get("total").asText()).isEqualTo("1500.00");
        assertThat(api.call("POST", path + "/reject", manager, null).status()).isEqualTo(409);
        assertThat(api.call("GET", "/api/orders", agent, null).json().get("items").findValuesAsText("id")).isNotEmpty();
    }

    @Test
    void an_agent_reply_takes_over_and_goes_to_the_outbound_fifo_queue() {
        String path = "/api/conversations/" + w.conversation().id().value();
        var reply = api.call("POST", path + "/messages", agent, "{\"text\":\"Hello from the desk\"}");
        assertThat(reply.status()).isEqualTo(202);
        assertThat(api.call("GET", path, agent, null).json().get("conversation").get("mode").asText()).isEqualTo("HUMAN");
        var received = api.engines.sqs.receiveMessage(b -> b.queueUrl(api.engines.outboundQueueUrl).maxNumberOfMessages(10)
                .messageSystemAttributeNamesWithStrings("All").waitTimeSeconds(2)).messages();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).body()).contains("\"origin\":\"AGENT\"").contains("Hello from the desk");
        assertThat(received.get(0).attributesAsStrings().get("MessageGroupId")).isEqualTo(w.tenant().id().value() + "#15550001111");
        assertThat(api.call("GET", "/api/conversations?mode=HUMAN", agent, null).json().get("items")).hasSize(1);
        assertThat(api.call("POST", path + "/release", agent, null).json().get("mode").asText()).isEqualTo("AI");
    }

    @Test
    void provider_keys_go_to_secrets_manager_and_never_come_back() {
        String body = "{\"providers\":[{\"name\":\"openai\",\"model\":\"gpt-4o-mini\",\"apiKey\":\"sk-test-123\"},"
                + "{\"name\":\"local\",\"model\":\"embedded\"}],\"fallbackOrder\":[\"openai\",\"local\"]}";
        var saved = api.call("PUT", "/api/platform/ai-providers", superAdmin, body);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("sk-test-123").contains("\"apiKeyConfigured\":true");
        assertThat(new SecretsManagerSecrets(api.engines.secrets).read(AiProviderSettings.secretName("openai"))).contains("sk-test-123");
        assertThat(api.call("GET", "/api/platform/audit?action=AI_PROVIDERS_CHANGED", superAdmin, null).body())
                .contains("AI_PROVIDERS_CHANGED").doesNotContain("sk-test-123");
    }

    @Test
    void a_manager_cannot_invite_and_an_admin_invites_with_a_mail() {
        String invite = "{\"email\":\"new.agent@tenant-api.example\",\"name\":\"New\",\"role\":\"TENANT_ADMIN\"}";
        assertThat(api.call("POST", "/api/users", manager, invite).status()).isEqualTo(403);
        assertThat(api.call("POST", "/api/users", admin, invite).status()).isEqualTo(201);
        assertThat(api.call("GET", "/api/dev/outbox", superAdmin, null).body()).contains("new.agent@tenant-api.example");
        assertThat(api.call("GET", "/api/audit", admin, null).body()).contains("USER_INVITED");
    }

    @Test
    void a_manager_and_an_agent_see_their_colleagues_to_assign_work_but_not_their_emails() {
        String invite = "{\"email\":\"colleague@tenant-api.example\",\"name\":\"Colleague Kim\",\"role\":\"AGENT\"}";
        String invited = api.call("POST", "/api/users", admin, invite).json().get("id").asText();
        assertThat(api.call("GET", "/api/users", manager, null).status()).isEqualTo(403);
        for (String caller : List.of(manager, agent)) {
            var team = api.call("GET", "/api/team?limit=200", caller, null);
            assertThat(team.status()).isEqualTo(200);
            assertThat(team.body()).contains(invited, "Colleague Kim", "\"role\":\"AGENT\"").doesNotContain("colleague@tenant-api.example");
        }
    }

    @Test
    void a_cloud_number_moves_with_its_route() {
        var moved = api.call("PUT", "/api/platform/tenants/" + w.tenant().id().value() + "/whatsapp-number", superAdmin,
                "{\"phoneNumberId\":\"100200398\",\"displayPhoneNumber\":\"+1 555 0398\"}");
        assertThat(moved.status()).isEqualTo(200);
        var routes = new app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes(api.tables().platform());
        assertThat(routes.tenantFor("100200398")).contains(w.tenant().id());
        assertThat(routes.tenantFor("100200399")).isEmpty();
    }
}
