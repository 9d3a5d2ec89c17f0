package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.billing.model.InvoiceCalculator;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.UsageTotals;
import app.parley.common.model.Money;
import app.parley.catalog.infrastructure.DynamoLookupTables;
import app.parley.catalog.model.LookupTable;
import app.parley.persistence.Workload;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the generated OpenAPI document: 401 without, with a tampered and with an
 * {@code alg:none} token; 403 for a role below the operation's; 404 for every id of another tenant on
 * every method, with that tenant's stored items unchanged afterwards.
 */
class EveryOperationIT {
    private static ApiFixture api;
    private static Workload victim;
    private static Workload caller;
    private static Map<String, String> victimIds;
    private static List<Op> operations;

    record Op(String method, String path, String minimumRole, String example) {
        boolean tenantScoped() { return minimumRole != null && !"SUPER_ADMIN".equals(minimumRole); }
        boolean hasIds() { return path.contains("{"); }
        String label() { return method + " " + path; }
    }

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        victim = Workload.create(api.tables(), "victim", "100200300");
        caller = Workload.create(api.tables(), "caller", "100200301");
        new DynamoLookupTables(api.tables().tenant()).save(new LookupTable(victim.tenant().id(), "victim-only", List.of("x")));
        Plan plan = new Plan(PlanId.newId(), "Walk", Money.of("49.00", "USD"), 100, 1000, new BigDecimal("0.01"),
                new BigDecimal("0.0001"), 5, 1, 14);
        api.billing.definingPlans().define(plan);
        api.billing.startingTrials().start(victim.tenant().id(), plan.id());
        api.billing.invoices().issue(InvoiceCalculator.draft(victim.tenant().id(), plan, plan.monthlyPrice(),
                new UsageTotals("2025-01", Map.of())), Instant.parse("2025-02-01T00:15:00Z"));
        victimIds = Map.of("serviceId", victim.service().id().value(), "faqId", victim.faq().id().value(), "name", "victim-only",
                "userId", victim.user().id().value(), "conversationId", victim.conversation().id().value(),
                "orderId", victim.order().id().value(), "tenantId", TenantId.newId().value(), "period", "2025-01",
                "planId", PlanId.newId().value(), "customerId", victim.customer().id().value());
        operations = securedOperations(api.call("GET", "/api/openapi.json", (String) null, null).json());
    }

    @AfterAll
    static void stop() { api.close(); }

    private static List<Op> securedOperations(JsonNode doc) {
        List<Op> ops = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            JsonNode o = m.getValue();
            if (o.get("security").isEmpty()) return;
            JsonNode example = o.at("/requestBody/content/application~1json/example");
            ops.add(new Op(m.getKey().toUpperCase(), path.getKey(), o.has("x-minimum-role") ? o.get("x-minimum-role").asText() : null,
                    example.isMissingNode() ? null : example.toString()));
        }));
        return ops;
    }

    @Test
    void the_document_lists_exactly_the_routed_operations() {
        JsonNode doc = api.call("GET", "/api/openapi.json", (String) null, null).json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> routed = new TreeSet<>();
        for (var op : ApiWiringAccess.operations(api)) routed.add(op.method() + " " + op.path());
        assertThat(documented).isEqualTo(routed);
        assertThat(operations).hasSizeGreaterThan(40);
    }

    @Test
    void every_secured_operation_refuses_a_missing_tampered_or_unsigned_token() {
        String good = api.token(caller.tenant().id(), caller.user().id().value(), AccessRole.TENANT_ADMIN);
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + payloadWithRole(parts[1], "SUPER_ADMIN") + "." + parts[2];
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}") + "." + parts[1] + ".";
        for (Op op : operations) {
            String path = concrete(op.path(), victimIds);
            assertThat(api.call(op.method(), path, (String) null, op.example()).status()).as("no token: " + op.label()).isEqualTo(401);
            assertThat(api.call(op.method(), path, tampered, op.example()).status()).as("tampered: " + op.label()).isEqualTo(401);
            assertThat(api.call(op.method(), path, unsigned, op.example()).status()).as("alg none: " + op.label()).isEqualTo(401);
            assertThat(api.call(op.method(), path, Map.of("authorization", "Basic dXNlcjpwYXNz"), op.example()).status())
                    .as("not a bearer: " + op.label()).isEqualTo(401);
        }
    }

    @Test
    void every_operation_refuses_a_role_below_its_own() {
        Map<String, String> below = new HashMap<>();
        below.put("AGENT", api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN));
        below.put("MANAGER", api.token(caller.tenant().id(), caller.user().id().value(), AccessRole.AGENT));
        below.put("TENANT_ADMIN", api.token(caller.tenant().id(), caller.user().id().value(), AccessRole.MANAGER));
        below.put("SUPER_ADMIN", api.token(caller.tenant().id(), caller.user().id().value(), AccessRole.TENANT_ADMIN));
        for (Op op : operations) {
            if (op.minimumRole() == null) continue;
            var answer = api.call(op.method(), concrete(op.path(), victimIds), below.get(op.minimumRole()), op.example());
            assertThat(answer.status()).as(op.label() + " below " + op.minimumRole()).isEqualTo(403);
            assertThat(answer.json().get("error").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void another_tenants_ids_are_not_found_on_every_method_and_its_data_stays_untouched() {
        var before = api.rawItemsOf(victim.tenant().id());
        String admin = api.token(caller.tenant().id(), caller.user().id().value(), AccessRole.TENANT_ADMIN);
        int walked = 0;
        for (Op op : operations) {
            if (!op.tenantScoped() || !op.hasIds()) continue;
            var answer = api.call(op.method(), concrete(op.path(), victimIds), admin, op.example());
            assertThat(answer.status()).as(op.label() + " with the victim's ids: " + answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(victim.tenant().id().value()).doesNotContain("victim");
            walked++;
        }
        assertThat(walked).isGreaterThanOrEqualTo(21);
        assertThat(api.rawItemsOf(victim.tenant().id())).isEqualTo(before);
    }

    @Test
    void the_walk_includes_billing_and_the_whatsapp_token() {
        assertThat(operations).extracting(Op::label).contains("GET /api/billing", "POST /api/billing/checkout",
                "GET /api/billing/invoices", "GET /api/billing/invoices/{period}", "GET /api/billing/invoices/{period}/pdf",
                "GET /api/platform/plans", "POST /api/platform/plans", "PUT /api/platform/plans/{planId}",
                "POST /api/platform/tenants/{tenantId}/trial", "GET /api/platform/tenants/{tenantId}/billing",
                "GET /api/platform/billing/figures", "PUT /api/settings/whatsapp/token", "PUT /api/platform/tenants/{tenantId}/whatsapp-token");
    }

    @Test
    void platform_operations_answer_not_found_for_an_unknown_tenant() {
        String superAdmin = api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN);
        for (Op op : operations) {
            if (!"SUPER_ADMIN".equals(op.minimumRole()) || !op.path().contains("{tenantId}")) continue;
            assertThat(api.call(op.method(), concrete(op.path(), victimIds), superAdmin, op.example()).status())
                    .as(op.label()).isEqualTo(404);
        }
    }

    private static String concrete(String template, Map<String, String> ids) {
        String path = template;
        for (var e : ids.entrySet()) path = path.replace("{" + e.getKey() + "}", e.getValue());
        assertThat(path).as("every path parameter has an id to try").doesNotContain("{");
        return path;
    }

    private static String payloadWithRole(String payload, String role) {
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                .replaceAll("\"role\":\"[A-Z_]+\"", "\"role\":\"" + role + "\"").replaceAll(",?\"tid\":\"[^\"]+\"", "");
        return base64(json);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
