package app.parley.auth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.auth.access.AccessDecision.Allowed;
import app.parley.auth.access.AccessDecision.Forbidden;
import app.parley.tenancy.model.TenantId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccessPolicyTest {
    static final TenantId TENANT = TenantId.newId();
    static final Principal SUPER_ADMIN = new Principal.PlatformAdmin("usr_root");

    static Principal staff(AccessRole role) {
        return new Principal.TenantStaff("usr_" + role, TENANT, role);
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({
        "INBOX_READ, AGENT", "CONVERSATION_REPLY, AGENT", "CONVERSATION_TAKEOVER, AGENT", "ORDERS_READ, AGENT",
        "ORDERS_APPROVE, MANAGER", "CATALOG_WRITE, MANAGER", "FAQS_WRITE, MANAGER",
        "SETTINGS_WRITE, TENANT_ADMIN", "USERS_MANAGE, TENANT_ADMIN", "WHATSAPP_CONNECT, TENANT_ADMIN",
        "PLATFORM_KILL_SWITCH, SUPER_ADMIN", "PLATFORM_TENANTS_WRITE, SUPER_ADMIN"})
    void the_table_names_the_minimum_role_of_each_operation(Permission permission, AccessRole minimum) {
        assertThat(permission.minimumRole()).isEqualTo(minimum);
    }

    static Stream<Arguments> tenantPermissionsByRole() {
        List<AccessRole> tenantRoles = List.of(AccessRole.AGENT, AccessRole.MANAGER, AccessRole.TENANT_ADMIN);
        return Arrays.stream(Permission.values()).filter(p -> !p.isPlatform())
                .flatMap(p -> tenantRoles.stream().map(r -> Arguments.of(p, r)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("tenantPermissionsByRole")
    void staff_get_a_tenant_permission_exactly_when_their_rank_reaches_its_minimum(Permission permission, AccessRole role) {
        boolean expected = role.compareTo(permission.minimumRole()) >= 0;

        assertThat(AccessPolicy.decide(staff(role), permission).allowed()).isEqualTo(expected);
    }

    @Test
    void an_agent_works_the_inbox_but_cannot_approve_orders_or_change_settings() {
        Principal agent = staff(AccessRole.AGENT);

        assertThat(AccessPolicy.decide(agent, Permission.INBOX_READ)).isInstanceOf(Allowed.class);
        assertThat(AccessPolicy.decide(agent, Permission.ORDERS_APPROVE)).isInstanceOfSatisfying(Forbidden.class,
                f -> assertThat(f.reason()).contains("MANAGER"));
        assertThat(AccessPolicy.decide(agent, Permission.SETTINGS_WRITE)).isInstanceOf(Forbidden.class);
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void a_super_admin_gets_platform_permissions_and_never_tenant_ones(Permission permission) {
        assertThat(AccessPolicy.decide(SUPER_ADMIN, permission).allowed()).isEqualTo(permission.isPlatform());
    }

    @ParameterizedTest
    @EnumSource(value = AccessRole.class, names = {"AGENT", "MANAGER", "TENANT_ADMIN"})
    void no_tenant_role_reaches_a_platform_permission(AccessRole role) {
        Arrays.stream(Permission.values()).filter(Permission::isPlatform).forEach(p ->
                assertThat(AccessPolicy.decide(staff(role), p)).as(p.name()).isInstanceOf(Forbidden.class));
    }

    @Test
    void only_tenant_admins_assign_roles_and_nobody_assigns_super_admin() {
        assertThat(AccessPolicy.mayAssign(staff(AccessRole.TENANT_ADMIN), AccessRole.MANAGER)).isInstanceOf(Allowed.class);
        assertThat(AccessPolicy.mayAssign(staff(AccessRole.TENANT_ADMIN), AccessRole.TENANT_ADMIN)).isInstanceOf(Allowed.class);
        assertThat(AccessPolicy.mayAssign(staff(AccessRole.MANAGER), AccessRole.AGENT)).isInstanceOf(Forbidden.class);
        assertThat(AccessPolicy.mayAssign(staff(AccessRole.TENANT_ADMIN), AccessRole.SUPER_ADMIN)).isInstanceOf(Forbidden.class);
        assertThat(AccessPolicy.mayAssign(SUPER_ADMIN, AccessRole.SUPER_ADMIN)).isInstanceOf(Forbidden.class);
    }

    @Test
    void role_names_match_the_user_model_roles() {
        assertThat(AccessRole.values()).extracting(Enum::name)
                .containsExactly("AGENT", "MANAGER", "TENANT_ADMIN", "SUPER_ADMIN");
    }

    @Test
    void a_principal_cannot_be_a_super_admin_inside_a_tenant() {
        assertThat(Principal.of("usr_root", TENANT, AccessRole.SUPER_ADMIN)).isEqualTo(SUPER_ADMIN);
        assertThatThrownBy(() -> new Principal.TenantStaff("u", TENANT, AccessRole.SUPER_ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Principal.TenantStaff("u", null, AccessRole.AGENT))
                .isInstanceOf(NullPointerException.class);
    }
}
