package app.parley.persistence;

import static app.parley.persistence.LocalTables.TENANT_TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class TenantIsolationInterceptorIT {
    private static LocalTables local;
    private static DynamoDbClient client;
    private final TenantId mine = TenantId.newId();
    private final TenantId theirs = TenantId.newId();

    @BeforeAll static void start() { local = LocalTables.start(); client = local.client(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void a_get_of_another_tenants_key_is_refused_and_audited() {
        assertRefused(() -> client.getItem(b -> b.tableName(TENANT_TABLE).key(key(theirs, "X")).overrideConfiguration(TenantScope.of(mine))),
                "PK outside the tenant scope");
    }

    @Test
    void a_put_whose_index_partition_belongs_to_another_tenant_is_refused() {
        Map<String, AttributeValue> item = new java.util.HashMap<>(TenantItem.of(mine, Keys.catalog(mine), "X").attributes());
        item.put(Keys.TPK, AttributeValue.fromS(Keys.tenantIndexShard(theirs, 0)));
        assertRefused(() -> client.putItem(b -> b.tableName(TENANT_TABLE).item(item).overrideConfiguration(TenantScope.of(mine))),
                "TPK outside the tenant scope");
    }

    @Test
    void a_put_without_the_tenant_index_keys_is_refused() {
        assertRefused(() -> client.putItem(b -> b.tableName(TENANT_TABLE).item(key(mine, "X")).overrideConfiguration(TenantScope.of(mine))),
                "TPK missing");
    }

    @Test
    void a_query_on_another_tenants_partition_is_refused() {
        assertRefused(() -> client.query(b -> b.tableName(TENANT_TABLE).keyConditionExpression("#p = :pk")
                .expressionAttributeNames(Map.of("#p", "PK")).expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.catalog(theirs))))
                .overrideConfiguration(TenantScope.of(mine))), "PK outside the tenant scope");
    }

    @Test
    void a_batch_write_with_one_foreign_item_is_refused_whole() {
        List<WriteRequest> writes = List.of(
                WriteRequest.builder().putRequest(p -> p.item(TenantItem.of(mine, Keys.catalog(mine), "A").attributes())).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(key(theirs, "B"))).build());
        assertRefused(() -> client.batchWriteItem(b -> b.requestItems(Map.of(TENANT_TABLE, writes)).overrideConfiguration(TenantScope.of(mine))),
                "PK outside the tenant scope");
        assertThat(local.raw().getItem(b -> b.tableName(TENANT_TABLE).key(key(mine, "A"))).hasItem()).isFalse();
    }

    @Test
    void a_transaction_with_a_foreign_update_is_refused() {
        TransactWriteItem foreign = TransactWriteItem.builder().update(u -> u.tableName(TENANT_TABLE).key(key(mine, "A"))
                .updateExpression("SET GSI1PK = :g").expressionAttributeValues(Map.of(":g", AttributeValue.fromS(Keys.orderList(theirs, "PENDING"))))).build();
        assertRefused(() -> client.transactWriteItems(b -> b.transactItems(foreign).overrideConfiguration(TenantScope.of(mine))),
                "GSI1PK outside the tenant scope");
    }

    @Test
    void a_scan_of_the_tenant_table_is_refused_even_with_a_scope() {
        assertRefused(() -> client.scan(b -> b.tableName(TENANT_TABLE).overrideConfiguration(TenantScope.of(mine))), "scan of the tenant table");
    }

    @Test
    void a_request_without_a_scope_is_refused() {
        assertRefused(() -> client.getItem(b -> b.tableName(TENANT_TABLE).key(key(mine, "X"))), "without a tenant scope");
    }

    @Test
    void requests_inside_the_scope_pass() {
        TenantTable table = local.tables().tenant();
        table.put(TenantItem.of(mine, Keys.catalog(mine), "OK").with("v", "1"));
        assertThat(table.get(mine, Keys.catalog(mine), "OK")).isPresent();
        assertThat(table.query(mine, Keys.catalog(mine), "", 10, false)).hasSize(1);
    }

    private void assertRefused(ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOf(TenantIsolationViolation.class).hasMessageContaining(reason);
        List<AuditEvent> audited = new DynamoAuditEvents(local.tables()).platformOnDay(LocalDate.now(ZoneOffset.UTC));
        assertThat(audited).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(TenantIsolationInterceptor.ALARM);
            assertThat(e.after()).contains(reason);
        });
    }

    private static Map<String, AttributeValue> key(TenantId t, String sk) {
        return TenantTable.key(Keys.catalog(t), sk);
    }
}
