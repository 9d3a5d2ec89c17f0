package app.parley.persistence;

import app.parley.config.Env;
import app.parley.privacy.application.TenantCrypto;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The two tables, bound to one client. Repositories are built from this. The tenant crypto comes
 * from the caller ({@code TenantCryptos.fromEnvironment()} where personal data is read or written),
 * so this class names no crypto implementation and a function carries the Encryption SDK only if its
 * own wiring asks for it.
 */
public record Tables(TenantTable tenant, PlatformTable platform) {
    public static Tables on(DynamoDbClient client, String tenantTable, String platformTable, TenantCrypto crypto) {
        return new Tables(new TenantTable(client, tenantTable, crypto), new PlatformTable(client, platformTable));
    }

    public static Tables fromEnvironment(TenantCrypto crypto) {
        return on(DynamoClients.shared(), Env.require("TENANT_TABLE"), Env.require("PLATFORM_TABLE"), crypto);
    }
}
