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
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.persistence.Workload;
import app.parley.tickets.infrastructure.DynamoTickets;
import app.parley.tickets.model.Ticket;
import app.parley.tickets.model.TicketChange;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketPriority;
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
        var victimQuotation = app.parley.quotations.model.Quotation.draft(victim.tenant().id(), victim.customer().id().value(),
                victim.customer().phone(), victim.customer().name(), List.of(new app.parley.orders.model.OrderLine(victim.service().id(),
                        victim.service().name(), victim.service().price(), 1)), "victim notes", victim.user().id().value(), Instant.now());
        new app.parley.quotations.infrastructure.DynamoQuotations(api.tables().tenant()).create(victimQuotation);
        Ticket ticket = Ticket.open(victim.tenant().id(), TicketId.newId(), TicketPriority.NORMAL, "Billing question", "victim ticket",
                "351910000000", victim.conversation().id().value(), "assistant", Instant.now());
        new DynamoTickets(api.tables()).open(ticket, new TicketChange("chg-victim", ticket.id(), "assistant", "status", null, "OPEN", Instant.now()));
        new DynamoNotifications(api.tables().tenant()).record(new StaffNotification(victim.tenant().id(), "ntf-victim",
                StaffNotification.Kind.ESCALATED, null, null, "victim notification", Instant.now()));
        victimIds = Map.ofEntries(Map.entry("quotationId", victimQuotation.id().value()), Map.entry("customerId", victim.customer().id().value()),
                Map.entry("serviceId", victim.service().id().value()), Map.entry("faqId", victim.faq().id().value()),
                Map.entry("name", "victim-only"), Map.entry("userId", victim.user().id().value()),
                Map.entry("conversationId", victim.conversation().id().value()), Map.entry("orderId", victim.order().id().value()),
                Map.entry("tenantId", TenantId.newId().value()), Map.entry("period", "2025-01"), Map.entry("planId", PlanId.newId().value()),
                Map.entry("ticketId", ticket.id().value()), Map.entry("notificationId", "ntf-victim"));
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
        assertThat(walked).isGreaterThanOrEqualTo(31);
        assertThat(api.rawItemsOf(victim.tenant().id())).isEqualTo(before);
    }

    @Test
    void the_walk_includes_billing_the_whatsapp_token_and_the_phone_link() {
        assertThat(operations).extracting(Op::label).contains("GET /api/billing", "POST /api/billing/checkout",
                "GET /api/billing/invoices", "GET /api/billing/invoices/{period}", "GET /api/billing/invoices/{period}/pdf",
                "GET /api/platform/plans", "POST /api/platform/plans", "PUT /api/platform/plans/{planId}",
                "POST /api/platform/tenants/{tenantId}/trial", "GET /api/platform/tenants/{tenantId}/billing",
                "GET /api/platform/billing/figures", "PUT /api/settings/whatsapp/token", "PUT /api/platform/tenants/{tenantId}/whatsapp-token",
                "GET /api/settings/whatsapp/session", "POST /api/settings/whatsapp/session/login");
    }

    @Test
    void the_walk_includes_quotations_and_customers() {
        assertThat(operations).extracting(Op::label).contains("GET /api/quotations", "POST /api/quotations",
                "GET /api/quotations/{quotationId}", "PUT /api/quotations/{quotationId}", "POST /api/quotations/{quotationId}/approve",
                "POST /api/quotations/{quotationId}/send", "GET /api/quotations/{quotationId}/pdf", "GET /api/customers",
                "GET /api/customers/{customerId}", "PATCH /api/customers/{customerId}");
    }

    @Test
    void a_quotation_cannot_be_drafted_for_another_tenants_customer_nor_with_its_services() {
        String admin = api.token(caller.tenant().id(), caller.user().id().value(), AccessRole.TENANT_ADMIN);
        var before = api.rawItemsOf(victim.tenant().id());
        String foreignCustomer = "{\"customerId\":\"" + victim.customer().id().value() + "\",\"items\":[{\"serviceId\":\""
                + caller.service().id().value() + "\",\"quantity\":1}]}";
        String foreignService = "{\"customerId\":\"" + caller.customer().id().value() + "\",\"items\":[{\"serviceId\":\""
                + victim.service().id().value() + "\",\"quantity\":1}]}";
        var first = api.call("POST", "/api/quotations", admin, foreignCustomer);
        var second = api.call("POST", "/api/quotations", admin, foreignService);
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.json().get("message").asText()).contains("customerId");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("message").asText()).contains("is not a service of this business");
        assertThat(api.rawItemsOf(victim.tenant().id())).isEqualTo(before);
    }

    @Test
    void the_walk_includes_onboarding_and_only_sign_up_is_public_among_them() {
        assertThat(operations).extracting(Op::label).contains("GET /api/onboarding", "PUT /api/onboarding/progress",
                "PUT /api/onboarding/whatsapp", "POST /api/onboarding/test-chat", "POST /api/onboarding/go-live",
                "POST /api/services/import/preview", "POST /api/services/import", "GET /api/account/export", "POST /api/account/cancel",
                "GET /api/platform/onboarding-funnel");
        JsonNode paths = api.call("GET", "/api/openapi.json", (String) null, null).json().get("paths");
        Set<String> open = new TreeSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (m.getValue().get("security").isEmpty()) open.add(m.getKey().toUpperCase() + " " + p.getKey());
        }));
        assertThat(open).contains("POST /api/signup", "POST /api/signup/verify")
                .allSatisfy(op -> assertThat(op).matches("(GET /health|GET /api/openapi.json|POST /api/auth/.*|POST /api/signup.*"
                        + "|GET /api/auth/\\.well-known/openid-configuration|GET /api/auth/jwks\\.json)"));
    }

    @Test
    void the_token_issuers_discovery_document_and_public_keys_answer_anyone_and_hold_no_private_key() {
        var discovery = api.call("GET", "/api/auth/.well-known/openid-configuration", (String) null, null);
        var keys = api.call("GET", "/api/auth/jwks.json", (String) null, null);

        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.json().get("jwks_uri").asText()).isEqualTo(discovery.json().get("issuer").asText() + "/jwks.json");
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().get("keys")).isNotEmpty().allSatisfy(key -> {
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.has("d")).as("private part").isFalse();
        });
    }

    @Test
    void the_walk_includes_customer_care() {
        assertThat(operations).extracting(Op::label).contains("GET /api/tickets", "POST /api/tickets", "GET /api/tickets/{ticketId}",
                "POST /api/tickets/{ticketId}/status", "POST /api/tickets/{ticketId}/assign", "POST /api/tickets/{ticketId}/priority",
                "GET /api/tickets/{ticketId}/history", "GET /api/tickets/{ticketId}/notes", "POST /api/tickets/{ticketId}/notes",
                "GET /api/notifications", "POST /api/notifications/{notificationId}/read", "GET /api/reviews",
                "POST /api/orders/{orderId}/review-request", "GET /api/reports/summary", "GET /api/reports/summary.csv",
                "GET /api/platform/reports", "GET /api/platform/reports.csv", "GET /api/platform/reports/reviews",
                "GET /api/lookups/{name}/history");
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
