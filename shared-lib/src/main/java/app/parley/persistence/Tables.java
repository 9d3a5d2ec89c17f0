package app.parley.persistence;

import app.parley.config.Env;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The two tables, bound to one client. Repositories are built from this. */
public record Tables(TenantTable tenant, PlatformTable platform) {
    public static Tables on(DynamoDbClient client, String tenantTable, String platformTable) {
        return new Tables(new TenantTable(client, tenantTable), new PlatformTable(client, platformTable));
    }

    public static Tables fromEnvironment() {
        return on(DynamoClients.shared(), Env.require("TENANT_TABLE"), Env.require("PLATFORM_TABLE"));
    }
}
