package app.parley.local.engines;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * DynamoDB Local running in this JVM as a real HTTP endpoint on 127.0.0.1, so product code
 * talks to it through an ordinary SDK client (interceptors included), exactly as in AWS.
 * In memory, or durable in {@code dataDir} when one is given.
 */
public final class EmbeddedDynamo implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private EmbeddedDynamo(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static EmbeddedDynamo start(Path dataDir) {
        int port = freePort();
        // -sharedDb: one database whatever the access key, as in AWS (tenant sessions sign with their own keys)
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry", "-sharedDb"));
        if (dataDir == null) {
            args.add("-inMemory");
        } else {
            createDirectories(dataDir);
            args.addAll(List.of("-dbPath", dataDir.toAbsolutePath().toString()));
        }
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new EmbeddedDynamo(server, URI.create("http://127.0.0.1:" + port));
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A plain client for provisioning and tests; product code builds its own with its interceptors. */
    public DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Creates every table of the template that does not exist yet. */
    public void createTables(CloudTemplate template) {
        try (DynamoDbClient client = client()) {
            for (CloudTemplate.TableSpec table : template.tables()) {
                createTable(client, table);
            }
        }
    }

    private static void createTable(DynamoDbClient client, CloudTemplate.TableSpec table) {
        List<AttributeDefinition> attributes = table.attributeTypes().entrySet().stream()
                .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build())
                .toList();
        List<GlobalSecondaryIndex> indexes = table.indexes().stream()
                .map(i -> GlobalSecondaryIndex.builder().indexName(i.name()).keySchema(keys(i.keySchema()))
                        .projection(Projection.builder().projectionType(i.projectionType()).build()).build())
                .toList();
        try {
            client.createTable(b -> {
                b.tableName(table.name()).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attributes).keySchema(keys(table.keySchema()));
                if (!indexes.isEmpty()) b.globalSecondaryIndexes(indexes);
            });
            table.ttlAttribute().ifPresent(attr -> client.updateTimeToLive(b -> b.tableName(table.name())
                    .timeToLiveSpecification(t -> t.attributeName(attr).enabled(true))));
        } catch (ResourceInUseException alreadyThere) {
            // durable data dir from an earlier run: the table is kept as it is
        }
    }

    private static List<KeySchemaElement> keys(List<CloudTemplate.KeyElement> schema) {
        return schema.stream()
                .map(k -> KeySchemaElement.builder().attributeName(k.attribute()).keyType(k.keyType()).build())
                .toList();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
