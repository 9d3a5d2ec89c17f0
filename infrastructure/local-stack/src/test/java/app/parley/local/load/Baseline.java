package app.parley.local.load;

import app.parley.config.Env;
import app.parley.messaging.infrastructure.SqsClients;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The engines' own rate for the call mix one message needs: the same number of DynamoDB and SQS
 * calls per message, each played as a representative request on a scratch table and queue of the
 * same embedded DynamoDB and ElasticMQ, from 8 threads. The platform's overhead is the ratio of
 * this rate to the platform's. Reads are GetItem/Query on a warm key, writes are PutItem/UpdateItem
 * (ADD)/TransactWriteItems of 2 puts, BatchGetItem of 4 keys; SQS receives are non-waiting.
 */
public final class Baseline {
    private static final int THREADS = 8;
    private final DynamoDbClient dynamo;
    private final SqsClient sqs = SqsClients.shared();
    private final String table = "baseline-" + System.nanoTime();
    private final String queueUrl;
    private final ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    public record Result(int messages, long calls, double seconds) {
        public String report() {
            return String.format("%nLOAD baseline: the engines alone played %d calls (the mix of %d messages) in %.2f s = %.1f messages/s of engine work%n",
                    calls, messages, seconds, messages / seconds);
        }
    }

    private Baseline() {
        dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(Env.require("AWS_ENDPOINT_URL_DYNAMODB"))).region(Region.of(Env.get("AWS_REGION", "us-east-1")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(Env.require("AWS_ACCESS_KEY_ID"),
                        Env.require("AWS_SECRET_ACCESS_KEY")))).build();
        dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH), k -> k.attributeName("SK").keyType(KeyType.RANGE)));
        queueUrl = sqs.createQueue(b -> b.queueName(table)).queueUrl();
    }

    /** Plays {@code sample} messages' worth of {@code calls} (counted over {@code messages} messages). */
    public static Result run(Map<String, Long> calls, int messages, int sample) throws Exception {
        Baseline b = new Baseline();
        try {
            List<String> mix = new ArrayList<>();
            calls.forEach((name, count) -> {
                if (name.contains("(")) return;   // a measure (items per transaction), not a call
                long n = Math.round(count * (double) sample / messages);
                for (long i = 0; i < n; i++) mix.add(name);
            });
            Collections.shuffle(mix, new Random(1));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            int chunk = Math.max(1, mix.size() / (THREADS * 4));
            for (int i = 0; i < mix.size(); i += chunk) {
                List<String> part = mix.subList(i, Math.min(mix.size(), i + chunk));
                done.add(pool.submit(() -> part.forEach(b::play)));
            }
            for (Future<?> f : done) f.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return new Result(sample, mix.size(), seconds);
        } finally {
            b.dynamo.deleteTable(t -> t.tableName(b.table));
            b.sqs.deleteQueue(q -> q.queueUrl(b.queueUrl));
            b.dynamo.close();
        }
    }

    private void play(String call) {
        String id = "k" + (ids.incrementAndGet() % 500);
        Map<String, AttributeValue> key = Map.of("PK", s(id), "SK", s("META"));
        switch (call.substring(call.indexOf('.') + 1)) {
            case "GetItem" -> dynamo.getItem(b -> b.tableName(table).key(key));
            case "BatchGetItem" -> dynamo.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder().consistentRead(true)
                    .keys(key, Map.of("PK", s(id + "a"), "SK", s("META")), Map.of("PK", s(id + "b"), "SK", s("META")),
                            Map.of("PK", s(id + "c"), "SK", s("META"))).build())));
            case "Query" -> dynamo.query(b -> b.tableName(table).keyConditionExpression("PK = :p").expressionAttributeValues(Map.of(":p", s(id))).limit(20));
            case "PutItem", "BatchWriteItem" -> dynamo.putItem(b -> b.tableName(table).item(Map.of("PK", s(id), "SK", s("META"), "body", s("x".repeat(300)))));
            case "UpdateItem" -> dynamo.updateItem(b -> b.tableName(table).key(key).updateExpression("ADD n :one")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            case "DeleteItem" -> dynamo.deleteItem(b -> b.tableName(table).key(Map.of("PK", s(id + "d"), "SK", s("META"))));
            case "TransactWriteItems" -> dynamo.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of("PK", s(id + "a"), "SK", s("META"))).build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of("PK", s(id + "b"), "SK", s("META"))).build()).build()));
            case "SendMessage", "SendMessageBatch" -> sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("{\"x\":\"" + id + "\"}"));
            case "ReceiveMessage" -> sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages().forEach(m -> receipts.add(m.receiptHandle()));
            case "DeleteMessage", "DeleteMessageBatch" -> {
                String handle = receipts.poll();
                if (handle != null) sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(handle));
            }
            default -> sqs.getQueueUrl(b -> b.queueName(table));   // any other call: one cheap round trip
        }
    }

    private static AttributeValue s(String value) { return AttributeValue.fromS(value); }
}
