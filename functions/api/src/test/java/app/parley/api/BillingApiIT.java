package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.billing.infrastructure.BillingWiring;
import app.parley.billing.infrastructure.MovableClock;
import app.parley.billing.model.BillingPolicy;
import app.parley.billing.model.InvoiceCalculator;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.SubscriptionEvent;
import app.parley.billing.model.UsageTotals;
import app.parley.persistence.Workload;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.StripeClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Billing through the admin API on DynamoDB Local and the fake Stripe: plans, trials, standing, checkout, invoices, PDF, figures. */
class BillingApiIT {
    private static final String PASSWORD = "correct horse battery staple";
    private static ApiFixture api;
    private static String superAdmin;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        superAdmin = api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN);
    }

    @AfterAll
    static void stop() { api.close(); }

    private static String plan(String price, String currency, int trialDays) {
        return "{\"name\":\"Starter\",\"monthlyPrice\":\"" + price + "\",\"currency\":\"" + currency + "\",\"includedMessages\":100,"
                + "\"includedAiTokens\":1000,\"messageOverageRate\":\"0.015\",\"aiTokenOverageRate\":\"0.000125\",\"maxUsers\":5,"
                + "\"maxNumbers\":1,\"trialDays\":" + trialDays + "}";
    }

    private static String createdPlan() {
        var created = api.call("POST", "/api/platform/plans", superAdmin, plan("49.00", "USD", 14));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String adminOf(Tenant tenant, String email) {
        User user = User.ofTenant(tenant.id(), UserId.newId(), new Email(email), "Owner", Role.TENANT_ADMIN, ApiFixture.HASHER.hash(PASSWORD));
        new DynamoUsers(api.tables()).create(user);
        return api.token(tenant.id(), user.id().value(), AccessRole.TENANT_ADMIN);
    }

    @Test
    void the_super_admin_defines_plans_with_money_as_decimal_strings_and_field_named_errors() {
        var created = api.call("POST", "/api/platform/plans", superAdmin, plan("49.00", "USD", 14));
        assertThat(created.status()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("monthlyPrice").isTextual()).isTrue();
        assertThat(p.get("monthlyPrice").asText()).isEqualTo("49.00");
        assertThat(p.get("messageOverageRate").asText()).isEqualTo("0.015");
        assertThat(p.get("trialDays").asInt()).isEqualTo(14);
        String id = p.get("id").asText();

        assertThat(message(plan("49.999", "USD", 14))).startsWith("monthlyPrice:");
        assertThat(message(plan("-1", "USD", 14))).startsWith("monthlyPrice:");
        assertThat(message(plan("49.00", "XYZ", 14))).startsWith("currency:");
        assertThat(message(plan("49.00", "USD", 400))).startsWith("trialDays:");
        assertThat(message(plan("49.00", "USD", 14).replace("\"maxUsers\":5,", ""))).startsWith("maxUsers:");
        assertThat(message(plan("49.00", "USD", 14).replace("\"0.015\"", "\"1e-5\""))).startsWith("messageOverageRate:");
        assertThat(message(plan("49.00", "USD", 14).replace("\"0.000125\"", "\"-0.1\""))).startsWith("aiTokenOverageRate:");

        var changed = api.call("PUT", "/api/platform/plans/" + id, superAdmin, plan("59.00", "USD", 7));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("monthlyPrice").asText()).isEqualTo("59.00");
        var otherCurrency = api.call("PUT", "/api/platform/plans/" + id, superAdmin, plan("59.00", "EUR", 7));
        assertThat(otherCurrency.status()).isEqualTo(400);
        assertThat(otherCurrency.json().get("message").asText()).startsWith("currency:");
        assertThat(api.call("PUT", "/api/platform/plans/" + PlanId.newId().value(), superAdmin, plan("1.00", "USD", 7)).status()).isEqualTo(404);
        assertThat(api.call("PUT", "/api/platform/plans/not-a-plan", superAdmin, plan("1.00", "USD", 7)).status()).isEqualTo(404);

        JsonNode items = api.call("GET", "/api/platform/plans", superAdmin, null).json().get("items");
        assertThat(items.findValuesAsText("id")).contains(id);
        String tenantAdmin = api.token(TenantId.newId(), "usr_01J00000000000000000000001", AccessRole.TENANT_ADMIN);
        assertThat(api.call("GET", "/api/platform/plans", tenantAdmin, null).status()).isEqualTo(403);
    }

    @Test
    void the_plan_caps_active_users_and_a_deactivated_user_frees_the_seat() {
        var created = api.call("POST", "/api/platform/plans", superAdmin, plan("19.00", "USD", 14).replace("\"maxUsers\":5", "\"maxUsers\":2"));
        String plan = created.json().get("id").asText();
        Tenant tenant = Workload.registerTenant(api.tables(), "seats-" + System.nanoTime() % 100000, null);
        String admin = adminOf(tenant, "owner@seats" + System.nanoTime() + ".example");
        assertThat(invite(admin, "first").status()).as("no subscription, no cap").isEqualTo(201);
        assertThat(api.call("POST", "/api/platform/tenants/" + tenant.id().value() + "/trial", superAdmin,
                "{\"planId\":\"" + plan + "\"}").status()).isEqualTo(201);

        var refused = invite(admin, "second");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).isEqualTo("plan_user_limit");
        assertThat(refused.json().get("message").asText()).contains("allows 2 active users");
        assertThat(new DynamoUsers(api.tables()).list(tenant.id())).hasSize(2);

        String first = new DynamoUsers(api.tables()).list(tenant.id()).stream()
                .filter(u -> u.email().value().startsWith("first")).findFirst().orElseThrow().id().value();
        assertThat(api.call("POST", "/api/users/" + first + "/deactivate", admin, null).status()).isEqualTo(200);
        assertThat(invite(admin, "second").status()).isEqualTo(201);
    }

    private static ApiFixture.Answer invite(String admin, String who) {
        return api.call("POST", "/api/users", admin, "{\"email\":\"" + who + System.nanoTime() + "@seats.example\",\"name\":\"" + who
                + "\",\"role\":\"AGENT\"}");
    }

    private static String message(String planBody) {
        var answer = api.call("POST", "/api/platform/plans", superAdmin, planBody);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_field");
        return answer.json().get("message").asText();
    }

    @Test
    void a_trial_starts_once_and_staff_see_the_standing_by_role() {
        String plan = createdPlan();
        Tenant tenant = Workload.registerTenant(api.tables(), "trial-" + System.nanoTime() % 100000, null);
        String admin = adminOf(tenant, "owner@trial" + System.nanoTime() + ".example");
        String manager = api.token(tenant.id(), "usr_01J00000000000000000000002", AccessRole.MANAGER);
        String agent = api.token(tenant.id(), "usr_01J00000000000000000000002", AccessRole.AGENT);

        JsonNode none = api.call("GET", "/api/billing", manager, null).json();
        assertThat(none.get("subscribed").asBoolean()).isFalse();
        assertThat(none.get("automaticRepliesAllowed").asBoolean()).isTrue();

        String trialPath = "/api/platform/tenants/" + tenant.id().value() + "/trial";
        var started = api.call("POST", trialPath, superAdmin, "{\"planId\":\"" + plan + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("status").asText()).isEqualTo("TRIALING");
        assertThat(api.call("POST", trialPath, superAdmin, "{\"planId\":\"" + plan + "\"}").status()).isEqualTo(409);
        var unknownPlan = api.call("POST", trialPath, superAdmin, "{\"planId\":\"" + PlanId.newId().value() + "\"}");
        assertThat(unknownPlan.status()).isEqualTo(400);
        assertThat(unknownPlan.json().get("message").asText()).startsWith("planId:");
        assertThat(api.call("POST", trialPath, superAdmin, "{\"planId\":\"gold\"}").json().get("message").asText()).startsWith("planId:");
        assertThat(api.call("POST", "/api/platform/tenants/" + TenantId.newId().value() + "/trial", superAdmin,
                "{\"planId\":\"" + plan + "\"}").status()).isEqualTo(404);

        JsonNode standing = api.call("GET", "/api/billing", manager, null).json();
        assertThat(standing.get("status").asText()).isEqualTo("TRIALING");
        assertThat(standing.get("plan").get("id").asText()).isEqualTo(plan);
        assertThat(standing.get("monthlyPrice").asText()).isEqualTo("49.00");
        assertThat(standing.get("currency").asText()).isEqualTo("USD");
        assertThat(Instant.parse(standing.get("trialEndsAt").asText())).isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(standing.get("automaticRepliesAllowed").asBoolean()).isTrue();
        assertThat(api.call("GET", "/api/billing", admin, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/billing", agent, null).status()).isEqualTo(403);
        assertThat(api.call("POST", "/api/billing/checkout", manager, null).status()).isEqualTo(403);
        assertThat(api.call("GET", "/api/billing/invoices", manager, null).status()).isEqualTo(403);
        assertThat(api.call("GET", "/api/platform/tenants/" + tenant.id().value() + "/billing", superAdmin, null).json()
                .get("status").asText()).isEqualTo("TRIALING");

        JsonNode figures = api.call("GET", "/api/platform/billing/figures", superAdmin, null).json();
        assertThat(figures.get("trialsStarted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("trialConversion").asText()).matches("[0-9]\\.[0-9]{4}");
        assertThat(figures.get("churnRate").asText()).matches("[0-9]\\.[0-9]{4}");
        assertThat(figures.get("mrr").isArray()).isTrue();
    }

    @Test
    void an_admin_of_a_tenant_suspended_for_non_payment_still_signs_in_and_pays() {
        String plan = createdPlan();
        Tenant tenant = Workload.registerTenant(api.tables(), "unpaid-" + System.nanoTime() % 100000, null);
        String email = "owner@unpaid" + System.nanoTime() + ".example";
        adminOf(tenant, email);
        String noSubscription = api.call("POST", "/api/auth/login", (String) null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").json().get("accessToken").asText();
        var refused = api.call("POST", "/api/billing/checkout", noSubscription, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).isEqualTo("no_subscription");

        api.call("POST", "/api/platform/tenants/" + tenant.id().value() + "/trial", superAdmin, "{\"planId\":\"" + plan + "\"}");
        var later = new MovableClock(Instant.now().plus(Duration.ofDays(15)));
        var schedule = new BillingWiring(api.tables(), StripeClient.builder().setApiKey("sk_unused").build(), "", BillingPolicy.defaults(), later);
        schedule.advancing().advance(tenant.id(), new SubscriptionEvent.DayPassed(later.instant()), Optional.empty()); // trial over
        later.advance(Duration.ofDays(8));
        schedule.advancing().advance(tenant.id(), new SubscriptionEvent.DayPassed(later.instant()), Optional.empty()); // grace over

        String admin = api.call("POST", "/api/auth/login", (String) null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").json().get("accessToken").asText();
        JsonNode standing = api.call("GET", "/api/billing", admin, null).json();
        assertThat(standing.get("status").asText()).isEqualTo("SUSPENDED_FOR_NON_PAYMENT");
        assertThat(standing.get("automaticRepliesAllowed").asBoolean()).isFalse();

        var checkout = api.call("POST", "/api/billing/checkout", Map.of("authorization", "Bearer " + admin,
                "origin", "https://admin.parley.example"), null);
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        assertThat(checkout.json().get("url").asText()).startsWith("https://");
        assertThat(checkout.json().get("amount").asText()).isEqualTo("49.00");
        assertThat(checkout.json().get("currency").asText()).isEqualTo("USD");
        var sent = api.stripe.requests.getLast().form();
        assertThat(sent).containsEntry("metadata[tenant_id]", tenant.id().value())
                .containsEntry("success_url", "https://admin.parley.example/billing?checkout=paid");

        var chosen = api.call("POST", "/api/billing/checkout", admin,
                "{\"successUrl\":\"https://shop.example/ok\",\"cancelUrl\":\"https://shop.example/no\"}");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(api.stripe.requests.getLast().form()).containsEntry("cancel_url", "https://shop.example/no");
        var badUrl = api.call("POST", "/api/billing/checkout", admin, "{\"successUrl\":\"javascript:alert(1)\"}");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.json().get("message").asText()).startsWith("successUrl:");
    }

    @Test
    void invoices_list_by_page_show_lines_as_decimal_strings_and_download_as_a_pdf() throws Exception {
        Plan plan = new Plan(PlanId.newId(), "Growth", app.parley.common.model.Money.of("49.00", "USD"), 100, 1000,
                new java.math.BigDecimal("0.015"), new java.math.BigDecimal("0.000125"), 5, 1, 14);
        api.billing.definingPlans().define(plan);
        Tenant tenant = Workload.registerTenant(api.tables(), "invoiced-" + System.nanoTime() % 100000, null);
        Tenant other = Workload.registerTenant(api.tables(), "other-" + System.nanoTime() % 100000, null);
        String admin = adminOf(tenant, "owner@invoiced" + System.nanoTime() + ".example");
        String otherAdmin = adminOf(other, "owner@other" + System.nanoTime() + ".example");
        // 133 messages (33 over) at 0.015 = 0.495 -> 0.50; 2000 tokens (1000 over) at 0.000125 = 0.125 -> 0.12 (half even)
        var usage = new UsageTotals("2025-02", Map.of("MESSAGE_IN", 80L, "MESSAGE_OUT", 53L,
                "AI_INPUT_TOKENS|local|embedded", 1500L, "AI_OUTPUT_TOKENS|local|embedded", 500L));
        api.billing.invoices().issue(InvoiceCalculator.draft(tenant.id(), plan, plan.monthlyPrice(), new UsageTotals("2025-01", Map.of())),
                Instant.parse("2025-02-01T00:15:00Z"));
        api.billing.invoices().issue(InvoiceCalculator.draft(tenant.id(), plan, plan.monthlyPrice(), usage), Instant.parse("2025-03-01T00:15:00Z"));

        JsonNode first = api.call("GET", "/api/billing/invoices?limit=1", admin, null).json();
        assertThat(first.get("items").findValuesAsText("period")).containsExactly("2025-02");
        assertThat(first.get("items").get(0).get("total").asText()).isEqualTo("49.62");
        JsonNode second = api.call("GET", "/api/billing/invoices?limit=1&cursor=" + first.get("nextCursor").asText(), admin, null).json();
        assertThat(second.get("items").findValuesAsText("period")).containsExactly("2025-01");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(api.call("GET", "/api/billing/invoices?cursor=forged", admin, null).status()).isEqualTo(400);

        JsonNode invoice = api.call("GET", "/api/billing/invoices/2025-02", admin, null).json();
        assertThat(invoice.get("total").asText()).isEqualTo("49.62");
        assertThat(invoice.get("currency").asText()).isEqualTo("USD");
        assertThat(invoice.get("status").asText()).isEqualTo("ISSUED");
        assertThat(invoice.get("lines")).hasSize(3);
        assertThat(invoice.get("lines").findValuesAsText("amount")).containsExactly("49.00", "0.50", "0.12");
        assertThat(invoice.get("lines").get(1).get("quantity").asText()).isEqualTo("33");
        assertThat(invoice.get("lines").get(1).get("unitPrice").asText()).isEqualTo("0.015");
        assertThat(invoice.get("lines").get(0).get("amount").isTextual()).isTrue();

        assertThat(api.call("GET", "/api/billing/invoices/2025-02", otherAdmin, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/billing/invoices/2025-02/pdf", otherAdmin, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/billing/invoices/2025-03", admin, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/billing/invoices/INV-000001", admin, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/billing/invoices", otherAdmin, null).json().get("items")).isEmpty();

        var pdf = api.raw("GET", "/api/billing/invoices/2025-02/pdf", admin);
        assertThat(pdf.getStatusCode()).isEqualTo(200);
        assertThat(pdf.getIsBase64Encoded()).isTrue();
        assertThat(pdf.getHeaders()).containsEntry("Content-Type", "application/pdf");
        assertThat(pdf.getHeaders().get("Content-Disposition")).startsWith("attachment; filename=\"INV-");
        byte[] bytes = Base64.getDecoder().decode(pdf.getBody());
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(invoice.get("number").asText()).contains("49.62");
        }
    }
}
