package app.parley.persistence;

import app.parley.audit.infrastructure.AuditedIsolationViolations;
import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client once per container: URL-connection HTTP client, the endpoint
 * from {@code AWS_ENDPOINT_URL_DYNAMODB} when set, and the tenant isolation interceptor,
 * whose refusals are audited in the platform table.
 */
public final class DynamoClients {
    private DynamoClients() {}

    public record Settings(URI endpoint, Region region, AwsCredentialsProvider credentials,
                           String tenantTable, String platformTable) {}

    /**
     * One client per endpoint and tables: in Lambda that is exactly one per container; the local
     * stack's tests start several stacks (each with its own engine ports) in one JVM.
     */
    private static final Map<String, DynamoDbClient> SHARED = new ConcurrentHashMap<>();

    /** The process-wide client for the current environment, built on first use. */
    public static DynamoDbClient shared() {
        Settings settings = fromEnvironment();
        String key = settings.endpoint() + "|" + settings.region() + "|" + settings.tenantTable() + "|" + settings.platformTable();
        return SHARED.computeIfAbsent(key, k -> create(settings));
    }

    public static DynamoDbClient create(Settings settings) {
        TenantIsolationInterceptor isolation = new TenantIsolationInterceptor(settings.tenantTable());
        var builder = DynamoDbClient.builder()
                .httpClient(AwsClientDefaults.httpClient())
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .overrideConfiguration(o -> o.addExecutionInterceptor(isolation));
        if (settings.endpoint() != null) builder.endpointOverride(settings.endpoint());
        DynamoDbClient client = builder.build();
        isolation.addListener(new AuditedIsolationViolations(new PlatformTable(client, settings.platformTable())));
        return client;
    }

    public static Settings fromEnvironment() {
        return new Settings(
                Env.find("AWS_ENDPOINT_URL_DYNAMODB").map(URI::create).orElse(null),
                AwsClientDefaults.region(),
                AwsClientDefaults.credentials(),
                Env.require("TENANT_TABLE"),
                Env.require("PLATFORM_TABLE"));
    }
}
