package app.parley.tenancy.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.AddUser;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.passwords.Argon2Parameters;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.application.AddingUsers;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Workload;
import app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.infrastructure.SeedWiring;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadingSeedIT {
    /** Cheap parameters keep the test fast; production uses the OWASP ones. */
    private static final PasswordHasher HASHER = new PasswordHasher(new Argon2Parameters(1024, 1, 1));
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalTables local;
    private LoadingSeed loading;

    @BeforeEach
    void start() {
        local = LocalTables.start();
        loading = SeedWiring.loadingSeed(local.tables(), HASHER, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private static byte[] evalSeed() throws Exception {
        return Files.readAllBytes(SeedReaderTest.sharedSeed());
    }

    private long storedItems() {
        return local.raw().scan(b -> b.tableName(LocalTables.TENANT_TABLE)).count()
                + local.raw().scan(b -> b.tableName(LocalTables.PLATFORM_TABLE)).count();
    }

    @Test
    void the_evaluation_seed_loads_both_tenants_active_with_catalog_staff_and_routes() throws Exception {
        SeedLoad load = loading.load(evalSeed());

        assertThat(load).isInstanceOf(SeedLoad.Loaded.class);
        var tenants = new DynamoTenants(local.tables());
        Tenant dental = tenants.find(tenants.idForSlug("sunrise-dental").orElseThrow()).orElseThrow();
        assertThat(dental.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(new DynamoServices(local.tables().tenant()).list(dental.id()))
                .extracting(s -> s.name() + "=" + s.price().toDecimalString())
                .contains("Teeth whitening=8000.00", "Smile makeover package=9000.00");
        assertThat(new DynamoPhoneNumberRoutes(local.tables().platform()).tenantFor("100000000000001")).contains(dental.id());
        var admin = new DynamoUsers(local.tables()).findByEmail(new Email("admin@sunrise.example")).orElseThrow();
        assertThat(admin.passwordHash()).startsWith("$argon2id$").doesNotContain("Sunrise-Admin-2026!");
        assertThat(HASHER.verify("Sunrise-Admin-2026!", admin.passwordHash())).isTrue();
        assertThat(new DynamoUsers(local.tables()).findByEmail(new Email("owner@platform.example")))
                .get().extracting(u -> u.role()).isEqualTo(Role.SUPER_ADMIN);
    }

    @Test
    void loading_the_same_seed_again_keeps_what_is_stored_and_adds_nothing() throws Exception {
        loading.load(evalSeed());
        long before = storedItems();

        SeedLoad again = loading.load(evalSeed());

        assertThat(again).isInstanceOfSatisfying(SeedLoad.Loaded.class, loaded ->
                assertThat(loaded.alreadyPresent()).containsExactly("sunrise-dental", "bloom-and-stem"));
        assertThat(storedItems()).isEqualTo(before);
    }

    @Test
    void an_invalid_file_is_refused_and_nothing_is_written() throws Exception {
        ObjectNode seed = (ObjectNode) JSON.readTree(evalSeed());
        ((ObjectNode) seed.withArray("tenants").get(1).withArray("services").get(0)).put("price", "fifty");

        SeedLoad load = loading.load(JSON.writeValueAsBytes(seed));

        assertThat(load).isInstanceOfSatisfying(SeedLoad.Refused.class, refused ->
                assertThat(refused.summary()).contains("tenants[1].services[0].price"));
        assertThat(storedItems()).isZero();
    }

    @Test
    void an_email_that_already_has_an_account_refuses_the_file_before_any_tenant_is_written() throws Exception {
        Tenant other = Workload.registerTenant(local.tables(), "other-shop", null);
        new AddingUsers(new DynamoUsers(local.tables()))
                .add(new AddUser(other.id(), "manager@bloom.example", "Someone", Role.AGENT, HASHER.hash("Another-Password-1")));
        long before = storedItems();

        SeedLoad load = loading.load(evalSeed());

        assertThat(load).isInstanceOfSatisfying(SeedLoad.Refused.class, refused ->
                assertThat(refused.summary()).contains("tenants[1].users[1].email"));
        assertThat(storedItems()).isEqualTo(before);
        assertThat(new DynamoTenants(local.tables()).idForSlug("sunrise-dental")).isEmpty();
    }
}
