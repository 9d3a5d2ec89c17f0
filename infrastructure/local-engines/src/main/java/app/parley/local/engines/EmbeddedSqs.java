package app.parley.local.engines;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elasticmq.server.ElasticMQServer;
import org.elasticmq.server.config.ElasticMQServerConfig;
import scala.Function0;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * ElasticMQ running in this JVM as a real SQS endpoint on 127.0.0.1. Redrive to a DLQ after
 * maxReceiveCount and FIFO group semantics are the engine's own. With a data dir, queue
 * metadata and every message (with its receive count and visibility) are kept in an H2 file
 * database that ElasticMQ writes before it answers a send, so queued work survives a kill.
 */
public final class EmbeddedSqs implements AutoCloseable {
    public static final String ACCOUNT_ID = "000000000000";
    public static final String REGION = "us-east-1";

    private final Function0<?> stop;
    private final URI endpoint;

    private EmbeddedSqs(Function0<?> stop, URI endpoint) {
        this.stop = stop;
        this.endpoint = endpoint;
    }

    public static EmbeddedSqs start(Path dataDir) {
        int port = EmbeddedDynamo.freePort();
        ElasticMQServer server = new ElasticMQServer(new ElasticMQServerConfig(config(port, dataDir)));
        return new EmbeddedSqs(server.start(), URI.create("http://127.0.0.1:" + port));
    }

    private static Config config(int port, Path dataDir) {
        Map<String, Object> values = new HashMap<>();
        values.put("node-address.protocol", "http");
        values.put("node-address.host", "127.0.0.1");
        values.put("node-address.port", port);
        values.put("node-address.context-path", "");
        values.put("generate-node-address", false);
        values.put("rest-sqs.enabled", true);
        values.put("rest-sqs.bind-port", port);
        values.put("rest-sqs.bind-hostname", "127.0.0.1");
        values.put("rest-sqs.sqs-limits", "strict");
        values.put("rest-stats.enabled", false);
        values.put("aws.region", REGION);
        values.put("aws.accountId", ACCOUNT_ID);
        values.put("queues-storage.enabled", false);
        values.put("messages-storage.enabled", dataDir != null);
        if (dataDir != null) {
            createDirectories(dataDir);
            // WRITE_DELAY=0: H2 otherwise keeps the last commits in memory for up to half a second
            values.put("messages-storage.uri", "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("messages") + ";WRITE_DELAY=0");
        }
        return ConfigFactory.parseMap(values).withFallback(ConfigFactory.load(EmbeddedSqs.class.getClassLoader()));
    }

    public URI endpoint() {
        return endpoint;
    }

    public SqsClient client() {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(LocalCredentials.PROVIDER)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static String queueArn(String queueName) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT_ID + ":" + queueName;
    }

    /**
     * Creates every queue of the template that does not exist yet (dead-letter queues first) and
     * answers each queue's URL by logical id. Queues restored from a data dir are kept as they are.
     */
    public Map<String, String> createQueues(CloudTemplate template) {
        Map<String, String> urls = new LinkedHashMap<>();
        List<CloudTemplate.QueueSpec> deadLetterQueuesFirst = template.queues().stream()
                .sorted(Comparator.comparing(q -> q.deadLetterLogicalId().isPresent())).toList();
        Map<String, String> namesById = new HashMap<>();
        template.queues().forEach(q -> namesById.put(q.logicalId(), q.name()));
        try (SqsClient client = client()) {
            for (CloudTemplate.QueueSpec queue : deadLetterQueuesFirst) {
                urls.put(queue.logicalId(), existingOrCreated(client, queue, namesById));
            }
        }
        return urls;
    }

    private static String existingOrCreated(SqsClient client, CloudTemplate.QueueSpec queue, Map<String, String> namesById) {
        try {
            return client.getQueueUrl(b -> b.queueName(queue.name())).queueUrl();
        } catch (QueueDoesNotExistException absent) {
            return client.createQueue(b -> b.queueName(queue.name()).attributes(attributes(queue, namesById))).queueUrl();
        }
    }

    private static Map<QueueAttributeName, String> attributes(CloudTemplate.QueueSpec queue, Map<String, String> namesById) {
        Map<QueueAttributeName, String> attributes = new HashMap<>();
        attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(queue.visibilityTimeoutSeconds()));
        if (queue.fifo()) {
            attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
            attributes.put(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, Boolean.toString(queue.contentBasedDeduplication()));
        }
        queue.deadLetterLogicalId().ifPresent(dlq -> attributes.put(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + queueArn(namesById.get(dlq)) + "\",\"maxReceiveCount\":\"" + queue.maxReceiveCount() + "\"}"));
        return attributes;
    }

    @Override
    public void close() {
        stop.apply();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
