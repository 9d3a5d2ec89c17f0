package app.parley.tenancy.model;

import static app.parley.tenancy.model.LifecycleAction.*;
import static app.parley.tenancy.model.TenantStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantLifecycleTest {

    @ParameterizedTest
    @CsvSource({"CREATED,ACTIVATE,ACTIVE", "ACTIVE,SUSPEND,SUSPENDED", "SUSPENDED,RESUME,ACTIVE"})
    void live_tenants_move_along_the_allowed_edges(TenantStatus from, LifecycleAction action, TenantStatus to) {
        assertThat(moved(Lifecycle.of(from), action).status()).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"CREATED", "ACTIVE", "SUSPENDED"})
    void a_soft_deleted_tenant_is_restored_to_the_state_it_had(TenantStatus before) {
        Lifecycle deleted = moved(Lifecycle.of(before), SOFT_DELETE);
        assertThat(deleted.status()).isEqualTo(SOFT_DELETED);
        assertThat(moved(deleted, RESTORE)).isEqualTo(Lifecycle.of(before));
    }

    @Test
    void only_a_soft_deleted_tenant_can_be_hard_deleted() {
        assertThat(Lifecycle.of(ACTIVE).apply(HARD_DELETE)).isEqualTo(new LifecycleTransition.NotAllowed(ACTIVE, HARD_DELETE));
        assertThat(moved(moved(Lifecycle.of(ACTIVE), SOFT_DELETE), HARD_DELETE).status()).isEqualTo(HARD_DELETED);
    }

    @ParameterizedTest
    @CsvSource({"CREATED,SUSPEND", "CREATED,RESUME", "ACTIVE,ACTIVATE", "ACTIVE,RESTORE", "SUSPENDED,SUSPEND",
            "HARD_DELETED,RESTORE", "HARD_DELETED,ACTIVATE", "HARD_DELETED,SOFT_DELETE"})
    void other_moves_are_refused_not_thrown(TenantStatus from, LifecycleAction action) {
        assertThat(Lifecycle.of(from).apply(action)).isEqualTo(new LifecycleTransition.NotAllowed(from, action));
    }

    @Test
    void a_soft_deleted_tenant_cannot_be_soft_deleted_again() {
        Lifecycle deleted = moved(Lifecycle.of(ACTIVE), SOFT_DELETE);
        assertThat(deleted.apply(SOFT_DELETE)).isInstanceOf(LifecycleTransition.NotAllowed.class);
    }

    @Test
    void only_soft_deleted_lifecycles_remember_a_previous_state() {
        assertThatThrownBy(() -> new Lifecycle(ACTIVE, CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lifecycle(SOFT_DELETED, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Lifecycle moved(Lifecycle from, LifecycleAction action) {
        return ((LifecycleTransition.Moved) from.apply(action)).to();
    }
}
