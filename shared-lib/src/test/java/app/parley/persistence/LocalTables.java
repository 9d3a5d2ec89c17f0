package app.parley.persistence;

import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.EmbeddedDynamo;
import app.parley.local.engines.LocalCredentials;
import app.parley.privacy.infrastructure.TenantCryptos;
import java.nio.file.Path;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local with the template's tables, the product client (interceptor on) and a raw client for inspection. */
public final class LocalTables implements AutoCloseable {
    public static final String TENANT_TABLE = "parley-tenant-data";
    public static final String PLATFORM_TABLE = "parley-platform";

    private final EmbeddedDynamo dynamo;
    private final DynamoDbClient client;
    private final DynamoDbClient raw;

    private LocalTables(EmbeddedDynamo dynamo) {
        this.dynamo = dynamo;
        this.client = DynamoClients.create(new DynamoClients.Settings(dynamo.endpoint(), Region.US_EAST_1,
                LocalCredentials.PROVIDER, TENANT_TABLE, PLATFORM_TABLE));
        this.raw = dynamo.client();
    }

    public static LocalTables start() {
        EmbeddedDynamo dynamo = EmbeddedDynamo.start(null);
        dynamo.createTables(CloudTemplate.load(CloudTemplate.locate(Path.of("")), "parley"));
        return new LocalTables(dynamo);
    }

    public Tables tables() { return Tables.on(client, TENANT_TABLE, PLATFORM_TABLE, TenantCryptos.fromEnvironment()); }

    /** The product client: every request passes the tenant isolation interceptor. */
    public DynamoDbClient client() { return client; }

    /** Test-only, unscoped and unchecked: for inspecting what is stored. */
    public DynamoDbClient raw() { return raw; }

    @Override
    public void close() {
        client.close();
        raw.close();
        dynamo.close();
    }
}
