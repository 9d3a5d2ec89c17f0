package app.parley.tenancy.infrastructure;

import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.catalog.infrastructure.DynamoFaqs;
import app.parley.catalog.infrastructure.DynamoLookupTables;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.persistence.Tables;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.application.seed.LoadingSeed;
import app.parley.tenancy.application.seed.SeedTenantWriter;
import java.time.Clock;

/** Builds the seed loader on the DynamoDB repositories. */
public final class SeedWiring {
    private SeedWiring() {}

    public static LoadingSeed loadingSeed(Tables tables, PasswordHasher hasher, Clock clock) {
        var tenants = new DynamoTenants(tables);
        var users = new DynamoUsers(tables);
        var purge = new DynamoTenantPurge(tables);
        var writer = new SeedTenantWriter(new RegisteringTenants(tenants, clock), new ChangingTenantLifecycle(tenants, purge),
                users, new DynamoServices(tables.tenant()), new DynamoFaqs(tables.tenant()),
                new DynamoLookupTables(tables.tenant()), purge, hasher);
        return new LoadingSeed(tenants, users, new DynamoPhoneNumberRoutes(tables.platform()), purge, writer, hasher);
    }
}
