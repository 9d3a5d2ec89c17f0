package app.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.Email;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes;
import app.parley.tenancy.infrastructure.DynamoTenantPurge;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleChange;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantStatus;
import app.parley.platform.infrastructure.LocalSecrets;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TenantHardDeleteIT {
    private static LocalTables local;
    private static Tables tables;

    @BeforeAll static void start() { local = LocalTables.start(); tables = local.tables(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void lifecycle_changes_are_stored_and_a_soft_delete_is_restored_to_the_previous_state() {
        Workload w = Workload.create(tables, "restorable", "600000000000009");
        var changing = lifecycle();
        TenantId t = w.tenant().id();
        assertThat(status(changing.change(t, LifecycleAction.ACTIVATE))).isEqualTo(TenantStatus.ACTIVE);
        assertThat(status(changing.change(t, LifecycleAction.SUSPEND))).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(status(changing.change(t, LifecycleAction.SOFT_DELETE))).isEqualTo(TenantStatus.SOFT_DELETED);
        assertThat(new DynamoTenants(tables).list()).anySatisfy(s -> assertThat(s.status()).isEqualTo(TenantStatus.SOFT_DELETED));
        assertThat(status(changing.change(t, LifecycleAction.RESTORE))).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(changing.change(t, LifecycleAction.HARD_DELETE))
                .isEqualTo(new LifecycleChange.NotAllowed(TenantStatus.SUSPENDED, LifecycleAction.HARD_DELETE));
        assertThat(new DynamoTenants(tables).find(t).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
    }

    @Test
    void a_hard_deleted_tenant_leaves_nothing_behind_in_either_table_and_others_keep_theirs() {
        Workload doomed = Workload.create(tables, "doomed", "600000000000001");
        Workload kept = Workload.create(tables, "kept", "600000000000002");
        TenantId t = doomed.tenant().id();
        var changing = lifecycle();
        changing.change(t, LifecycleAction.SOFT_DELETE);
        var localKeys = LocalSecrets.at(Optional.empty());
        assertThat(localKeys.exists("parley/local/tenant-keys/" + t.value())).isTrue();

        assertThat(status(changing.change(t, LifecycleAction.HARD_DELETE))).isEqualTo(TenantStatus.HARD_DELETED);

        assertThat(localKeys.exists("parley/local/tenant-keys/" + t.value())).isFalse();
        assertThat(localKeys.exists("parley/local/tenant-keys/" + kept.tenant().id().value())).isTrue();

        assertThat(rawItemsMentioning(LocalTables.TENANT_TABLE, t.value())).isEmpty();
        assertThat(rawItemsMentioning(LocalTables.PLATFORM_TABLE, t.value())).isEmpty();
        assertThat(new DynamoPhoneNumberRoutes(tables.platform()).tenantFor("600000000000001")).isEmpty();
        assertThat(new DynamoTenants(tables).idForSlug("doomed")).isEmpty();
        assertThat(new DynamoUsers(tables).findByEmail(new Email("admin@doomed.example"))).isEmpty();
        assertThat(lifecycle().change(t, LifecycleAction.RESTORE)).isEqualTo(new LifecycleChange.NotFound(t));

        assertThat(rawItemsMentioning(LocalTables.TENANT_TABLE, kept.tenant().id().value())).hasSizeGreaterThan(10);
        assertThat(new DynamoPhoneNumberRoutes(tables.platform()).tenantFor("600000000000002")).contains(kept.tenant().id());
    }

    private static ChangingTenantLifecycle lifecycle() {
        return new ChangingTenantLifecycle(new DynamoTenants(tables), new DynamoTenantPurge(tables));
    }

    private static TenantStatus status(LifecycleChange change) {
        return ((LifecycleChange.Changed) change).tenant().status();
    }

    private static List<Map<String, AttributeValue>> rawItemsMentioning(String table, String tenantId) {
        return local.raw().scanPaginator(s -> s.tableName(table)).items().stream()
                .filter(i -> i.toString().contains(tenantId)).toList();
    }
}
