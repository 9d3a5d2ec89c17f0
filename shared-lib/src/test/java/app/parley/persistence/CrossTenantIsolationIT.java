package app.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.catalog.infrastructure.*;
import app.parley.catalog.model.Faq;
import app.parley.catalog.model.LookupTable;
import app.parley.catalog.model.Service;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.infrastructure.*;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.Message;
import app.parley.conversation.model.MessageAppend;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.Customer;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.*;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tenant B uses tenant A's exact ids with every repository method: B sees nothing and changes nothing of A. */
class CrossTenantIsolationIT {
    private static LocalTables local;
    private static Tables tables;
    private static Workload a;
    private static Workload b;
    private static Workload c;
    private static List<Map<String, AttributeValue>> aBefore;

    @BeforeAll static void start() {
        local = LocalTables.start();
        tables = local.tables();
        a = Workload.create(tables, "tenant-a", "500000000000001");
        b = Workload.create(tables, "tenant-b", "500000000000002");
        c = Workload.create(tables, "tenant-c", null);
        aBefore = itemsOf(a.tenant().id());
    }

    @AfterAll static void stop() { local.close(); }

    private static TenantId B() { return b.tenant().id(); }

    /** Writes into its own namespace with A's ids go to C, so B's read checks stay exact. */
    private static TenantId C() { return c.tenant().id(); }

    @Test
    void reads_with_another_tenants_ids_find_nothing() {
        assertThat(new DynamoUsers(tables).find(B(), a.user().id())).isEmpty();
        assertThat(new DynamoServices(tables.tenant()).find(B(), a.service().id())).isEmpty();
        assertThat(new DynamoFaqs(tables.tenant()).find(B(), a.faq().id())).isEmpty();
        assertThat(new DynamoLookupTables(tables.tenant()).find(B(), "issues")).contains(b.lookup());
        assertThat(new DynamoWhatsAppSessions(tables.tenant()).find(B(), a.session().id())).isEmpty();
        assertThat(new DynamoCustomers(tables.tenant()).find(B(), a.customer().id())).isEmpty();
        assertThat(new DynamoCustomers(tables.tenant()).findByPhone(B(), a.customer().phone())).contains(b.customer());
        assertThat(new DynamoConversations(tables.tenant()).find(B(), a.conversation().id())).isEmpty();
        assertThat(new DynamoMessages(tables.tenant()).latest(B(), a.conversation().id(), 10)).isEmpty();
        assertThat(new DynamoOrders(tables).find(B(), a.order().id())).isEmpty();
        assertThat(new DynamoAuditEvents(tables).onDay(B(), LocalDate.ofInstant(a.audit().at(), ZoneOffset.UTC))).containsExactly(b.audit());
    }

    @Test
    void lists_hold_only_the_callers_own_items() {
        assertThat(new DynamoUsers(tables).list(B())).containsExactly(b.user());
        assertThat(new DynamoServices(tables.tenant()).list(B())).containsExactly(b.service());
        assertThat(new DynamoFaqs(tables.tenant()).list(B())).containsExactly(b.faq());
        assertThat(new DynamoLookupTables(tables.tenant()).list(B())).containsExactly(b.lookup());
        assertThat(new DynamoWhatsAppSessions(tables.tenant()).list(B())).containsExactly(b.session());
        assertThat(new DynamoCustomers(tables.tenant()).list(B(), 100)).containsExactly(b.customer());
        assertThat(new DynamoConversations(tables.tenant()).recent(B(), 100)).containsExactly(b.conversation());
        assertThat(new DynamoOrders(tables).list(B(), OrderStatus.PENDING, 100)).extracting(Order::id).containsExactly(b.order().id());
    }

    @Test
    void writes_with_another_tenants_ids_change_nothing_of_theirs() {
        var orders = new DynamoOrders(tables);
        assertThat(orders.decide(B(), a.order().id(), new DecideOrder(OrderStatus.APPROVED, "intruder", Instant.now())))
                .isEqualTo(new OrderDecision.NotFound(a.order().id()));
        assertThat(orders.revise(asB(a.order()))).isInstanceOf(SaveOutcome.Stale.class);
        assertThat(new DynamoConversations(tables.tenant()).update(asB(a.conversation()))).isInstanceOf(SaveOutcome.Stale.class);
        assertThat(new DynamoCustomers(tables.tenant()).update(asB(a.customer()))).isFalse();
        assertThat(new DynamoUsers(tables).update(new app.parley.auth.model.User(a.user().id(), java.util.Optional.of(B()),
                a.user().email(), "x", a.user().role(), "h", true))).isFalse();
        assertThat(new DynamoServices(tables.tenant()).remove(B(), a.service().id())).isFalse();
        assertThat(new DynamoFaqs(tables.tenant()).remove(B(), a.faq().id())).isFalse();
        assertThat(new DynamoWhatsAppSessions(tables.tenant()).remove(B(), a.session().id())).isFalse();
        assertThat(new DynamoTenants(tables).update(a.tenant().withAi(a.tenant().ai().switchedTo(false))
                .withVersion(99))).isInstanceOf(SaveOutcome.Stale.class);
        Message replay = new Message(C(), a.conversation().id(), a.message().id(), a.message().direction(), a.message().externalId(),
                a.message().type(), "forged", null, a.message().sentAt(), a.message().recordedAt());
        assertThat(new DynamoMessages(tables.tenant()).append(replay)).isInstanceOf(MessageAppend.Appended.class);
        new DynamoServices(tables.tenant()).save(new Service(C(), a.service().id(), a.service().kind(), "B's own",
                a.service().price(), null, List.of(), List.of()));
        new DynamoLookupTables(tables.tenant()).save(new LookupTable(C(), "issues", List.of("B only")));
        new DynamoFaqs(tables.tenant()).save(new Faq(C(), a.faq().id(), "B?", "B!"));

        assertThat(itemsOf(a.tenant().id())).containsExactlyInAnyOrderElementsOf(aBefore);
        assertThat(new DynamoTenants(tables).find(a.tenant().id())).contains(a.tenant());
    }

    @Test
    void every_stored_tenant_item_lives_under_its_own_tenants_prefix() {
        List<Map<String, AttributeValue>> all = local.raw().scanPaginator(s -> s.tableName(LocalTables.TENANT_TABLE)).items().stream().toList();
        assertThat(all).hasSizeGreaterThan(30);
        for (Map<String, AttributeValue> item : all) {
            String pk = item.get(Keys.PK).s();
            String prefix = pk.substring(0, Keys.tenantPrefix(a.tenant().id()).length());
            assertThat(item.get(Keys.TPK).s()).as("TPK of %s", pk).startsWith(prefix);
            assertThat(item.get(Keys.TSK).s()).startsWith(pk);
            if (item.containsKey(Keys.GSI1PK)) assertThat(item.get(Keys.GSI1PK).s()).startsWith(prefix);
            assertThat(List.of(a, b, c)).anySatisfy(w -> assertThat(pk).startsWith(Keys.tenantPrefix(w.tenant().id())));
        }
    }

    private static Conversation asB(Conversation x) {
        return new Conversation(B(), x.id(), x.customer(), x.customerPhone(), x.status(), x.takenOverBy(), x.lastMessageAt(), x.version());
    }

    private static Order asB(Order x) {
        return new Order(B(), x.id(), x.status(), x.lines(), x.customer(), x.createdBy(), x.createdAt(), null, null, x.version());
    }

    private static Customer asB(Customer x) {
        return new Customer(B(), x.id(), x.phone(), "intruder", x.consent(), x.createdAt());
    }

    static List<Map<String, AttributeValue>> itemsOf(TenantId t) {
        return local.raw().scanPaginator(s -> s.tableName(LocalTables.TENANT_TABLE)).items().stream()
                .filter(i -> i.get(Keys.PK).s().startsWith(Keys.tenantPrefix(t))).toList();
    }
}
