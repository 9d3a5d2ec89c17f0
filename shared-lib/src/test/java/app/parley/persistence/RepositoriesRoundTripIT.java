package app.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.catalog.infrastructure.*;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.infrastructure.*;
import app.parley.conversation.model.MessageAppend;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.Consent;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerId;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.OrderStatus;
import app.parley.tenancy.infrastructure.*;
import app.parley.tenancy.model.*;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RepositoriesRoundTripIT {
    private static LocalTables local;
    private static Tables tables;
    private static Workload w;

    @BeforeAll static void start() {
        local = LocalTables.start();
        tables = local.tables();
        w = Workload.create(tables, "round-trip", "200000000000001");
    }

    @AfterAll static void stop() { local.close(); }

    @Test
    void a_registered_tenant_reads_back_with_its_settings_route_slug_and_registry_line() {
        TenantId t = w.tenant().id();
        assertThat(new DynamoTenants(tables).find(t)).contains(w.tenant());
        assertThat(new DynamoTenants(tables).idForSlug("round-trip")).contains(t);
        assertThat(new DynamoTenants(tables).list()).contains(new TenantSummary(t, "round-trip", w.tenant().name(), TenantStatus.CREATED));
        assertThat(new DynamoPhoneNumberRoutes(tables.platform()).tenantFor("200000000000001")).contains(t);
        assertThat(new DynamoPhoneNumberRoutes(tables.platform()).tenantFor("999")).isEmpty();
    }

    @Test
    void ai_settings_changes_are_visible_on_the_very_next_read() {
        var tenants = new DynamoTenants(tables);
        Tenant current = tenants.find(w.tenant().id()).orElseThrow();
        tenants.update(current.withAi(current.ai().switchedTo(false)));
        assertThat(tenants.find(current.id()).orElseThrow().ai().enabled()).isFalse();
        Tenant off = tenants.find(current.id()).orElseThrow();
        assertThat(tenants.update(off.withAi(off.ai().switchedTo(true)))).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void the_platform_kill_switch_reads_what_was_last_written() {
        var switches = new DynamoPlatformSwitches(tables.platform());
        assertThat(switches.aiEnabled()).isTrue();
        switches.switchAi(false);
        assertThat(switches.aiEnabled()).isFalse();
        switches.switchAi(true);
        assertThat(switches.aiEnabled()).isTrue();
    }

    @Test
    void users_are_found_by_id_list_and_case_blind_email_and_can_be_updated() {
        var users = new DynamoUsers(tables);
        TenantId t = w.tenant().id();
        assertThat(users.find(t, w.user().id())).contains(w.user());
        assertThat(users.list(t)).containsExactly(w.user());
        assertThat(users.findByEmail(new Email("ADMIN@round-trip.example"))).contains(w.user());
        assertThat(users.update(w.user().withRole(Role.MANAGER))).isTrue();
        assertThat(users.find(t, w.user().id()).orElseThrow().role()).isEqualTo(Role.MANAGER);
        users.update(w.user());
    }

    @Test
    void a_platform_super_admin_logs_in_by_email_without_a_tenant() {
        var users = new DynamoUsers(tables);
        User owner = User.ofPlatform(UserId.newId(), new Email("owner@platform.example"), "Owner", "$argon2id$hash");
        assertThat(users.create(owner)).isEqualTo(new UserCreation.Created(owner));
        assertThat(users.findByEmail(new Email("owner@platform.example"))).contains(owner);
        assertThat(users.findPlatformUser(owner.id())).contains(owner);
    }

    @Test
    void catalog_faqs_and_lookups_read_back_as_written() {
        TenantId t = w.tenant().id();
        var services = new DynamoServices(tables.tenant());
        assertThat(services.find(t, w.service().id())).contains(w.service());
        assertThat(services.list(t)).containsExactly(w.service());
        assertThat(new DynamoFaqs(tables.tenant()).list(t)).containsExactly(w.faq());
        assertThat(new DynamoFaqs(tables.tenant()).find(t, w.faq().id())).contains(w.faq());
        assertThat(new DynamoLookupTables(tables.tenant()).find(t, "issues")).contains(w.lookup());
        assertThat(new DynamoLookupTables(tables.tenant()).list(t)).containsExactly(w.lookup());
    }

    @Test
    void conversations_messages_and_sessions_read_back_and_a_redelivered_message_is_a_duplicate() {
        TenantId t = w.tenant().id();
        assertThat(new DynamoConversations(tables.tenant()).find(t, w.conversation().id())).contains(w.conversation());
        assertThat(new DynamoConversations(tables.tenant()).recent(t, 10)).containsExactly(w.conversation());
        var messages = new DynamoMessages(tables.tenant());
        assertThat(messages.latest(t, w.conversation().id(), 10)).containsExactly(w.message());
        assertThat(messages.append(w.message())).isEqualTo(new MessageAppend.Duplicate(w.message().externalId()));
        assertThat(new DynamoWhatsAppSessions(tables.tenant()).find(t, w.session().id())).contains(w.session());
        assertThat(new DynamoWhatsAppSessions(tables.tenant()).list(t)).containsExactly(w.session());
    }

    @Test
    void customers_are_found_by_id_and_phone_and_keep_their_consent() {
        TenantId t = w.tenant().id();
        var customers = new DynamoCustomers(tables.tenant());
        assertThat(customers.find(t, w.customer().id())).contains(w.customer());
        assertThat(customers.findByPhone(t, w.customer().phone())).contains(w.customer());
        assertThat(customers.list(t, 10)).containsExactly(w.customer());
        assertThat(customers.update(w.customer().withConsent(Consent.WITHDRAWN))).isTrue();
        assertThat(customers.find(t, w.customer().id()).orElseThrow().consent()).isEqualTo(Consent.WITHDRAWN);
    }

    @Test
    void orders_keep_money_as_decimal_strings_and_list_by_status() {
        TenantId t = w.tenant().id();
        var orders = new DynamoOrders(tables);
        assertThat(orders.find(t, w.order().id())).contains(w.order());
        assertThat(orders.find(t, w.order().id()).orElseThrow().total().toDecimalString()).isEqualTo("1000.00");
        assertThat(orders.list(t, OrderStatus.PENDING, 10)).containsExactly(w.order());
    }

    @Test
    void audit_events_are_kept_in_the_tenants_day_trail() {
        LocalDate day = LocalDate.ofInstant(w.audit().at(), ZoneOffset.UTC);
        assertThat(new DynamoAuditEvents(tables).onDay(w.tenant().id(), day)).containsExactly(w.audit());
    }

    @Test
    void a_search_that_examines_few_items_per_page_stops_with_a_cursor_and_resumes_without_skipping_any() {
        TenantId t = Workload.create(tables, "matching", "200000000000002").tenant().id();
        var customers = new DynamoCustomers(tables.tenant());
        for (int i = 0; i < 7; i++) {
            customers.create(new Customer(t, CustomerId.newId(), "35193000000" + i, (i % 3 == 0 ? "Keep " : "Skip ") + i, Consent.GRANTED,
                    java.time.Instant.now()));
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            Slice slice = tables.tenant().listMatching(t, Keys.customerList(t), 10, 2, true, cursor,
                    i -> i.get("name").s().startsWith("Keep"));
            slice.items().forEach(i -> kept.add(i.get("name").s()));
            cursor = slice.toPage(i -> i).nextCursor().orElse(null);
            pages++;
        } while (cursor != null);
        assertThat(kept).containsExactlyInAnyOrder("Keep 0", "Keep 3", "Keep 6");
        assertThat(pages).as("8 customers (the workload's own included), at most 2 examined per page").isBetween(4, 5);
    }
}
