package app.parley.conversation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.application.ReplyGate;
import app.parley.conversation.application.SkipReason;
import app.parley.conversation.model.Conversation;
import app.parley.messaging.model.MessageOrigin;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import app.parley.privacy.infrastructure.DynamoContactSwitches;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.AiSettings;
import app.parley.tenancy.model.Lifecycle;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleTransition;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantStatus;
import app.parley.common.model.SaveOutcome;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reply gate on DynamoDB Local: the tenant's switches come in one batch read, and every flip acts on the very next check. */
class ReplyGateIT {
    private static LocalTables local;
    private static Tables tables;

    @BeforeAll static void start() { local = LocalTables.start(); tables = local.tables(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void an_open_gate_hands_back_the_tenant_it_read() {
        Workload w = active(Workload.create(tables, "gate-open", "810000000000001"));
        ReplyGate.Check check = ReplyGates.on(tables).check(w.tenant().id(), MessageOrigin.AI, Optional.of(w.conversation()));
        assertThat(check.closed()).isEmpty();
        assertThat(check.tenant()).hasValueSatisfying(t -> assertThat(t.slug()).isEqualTo("gate-open"));
    }

    @Test
    void an_unknown_tenant_is_closed_and_read_as_absent() {
        ReplyGate.Check check = ReplyGates.on(tables).check(TenantId.newId(), MessageOrigin.AI, Optional.empty());
        assertThat(check.tenant()).isEmpty();
        assertThat(check.closed()).contains(SkipReason.TENANT_UNKNOWN);
    }

    @Test
    void each_customer_and_tenant_switch_closes_the_next_check_and_staff_pass_while_the_tenant_is_active() {
        Workload w = active(Workload.create(tables, "gate-flips", "810000000000002"));
        ReplyGate gate = ReplyGates.on(tables);
        Conversation c = w.conversation();
        var switches = new DynamoContactSwitches(tables.tenant());
        Instant later = Instant.now().plus(10, ChronoUnit.MINUTES);

        switches.pause(c.tenant(), later);
        assertThat(gate.check(c.tenant(), MessageOrigin.AI, Optional.of(c)).closed()).contains(SkipReason.TENANT_FLOODING);
        switches.pause(c.tenant(), c.customer(), later);
        assertThat(gate.check(c.tenant(), MessageOrigin.AI, Optional.of(c)).closed()).contains(SkipReason.CUSTOMER_FLOODING);
        assertThat(gate.check(c.tenant(), MessageOrigin.AGENT, Optional.of(c)).closed()).isEmpty();

        Tenant tenant = new DynamoTenants(tables).find(c.tenant()).orElseThrow();
        Tenant aiOff = saved(tenant.withAi(new AiSettings(false, tenant.ai().confidenceThreshold(), tenant.ai().allowedResponseTypes())));
        assertThat(gate.check(c.tenant(), MessageOrigin.AI, Optional.of(c)).closed()).contains(SkipReason.TENANT_AI_OFF);
        saved(aiOff.withLifecycle(Lifecycle.of(TenantStatus.SUSPENDED)));
        assertThat(gate.check(c.tenant(), MessageOrigin.AGENT, Optional.of(c)).closed()).contains(SkipReason.TENANT_NOT_ACTIVE);
    }

    @Test
    void a_paused_customer_of_another_conversation_does_not_close_this_one() {
        Workload w = active(Workload.create(tables, "gate-other", "810000000000003"));
        Conversation c = w.conversation();
        Workload other = active(Workload.create(tables, "gate-other-2", "810000000000004"));
        new DynamoContactSwitches(tables.tenant()).pause(other.conversation().tenant(), other.conversation().customer(),
                Instant.now().plus(10, ChronoUnit.MINUTES));
        assertThat(ReplyGates.on(tables).check(c.tenant(), MessageOrigin.AI, Optional.of(c)).closed()).isEmpty();
        assertThat(ReplyGates.on(tables).check(other.tenant().id(), MessageOrigin.AI, Optional.of(other.conversation())).closed())
                .contains(SkipReason.CUSTOMER_FLOODING);
    }

    /** Registered tenants start CREATED; the gate opens only for an ACTIVE one. */
    private static Workload active(Workload w) {
        saved(w.tenant().withLifecycle(((LifecycleTransition.Moved) w.tenant().lifecycle().apply(LifecycleAction.ACTIVATE)).to()));
        return w;
    }

    private static Tenant saved(Tenant tenant) {
        return ((SaveOutcome.Saved<Tenant>) new DynamoTenants(tables).update(tenant)).value();
    }
}
