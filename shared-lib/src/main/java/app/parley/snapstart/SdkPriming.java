package app.parley.snapstart;

import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Loads and initialises the SDK's request path (builders, endpoint rules, SigV4 signing,
 * marshalling, unmarshalling) for DynamoDB and SQS through throw-away clients on
 * {@link CannedAwsHttp}: the real clients' credential providers and connections stay untouched,
 * so nothing tied to this container is in the snapshot.
 */
public final class SdkPriming {
    private static final URI NOWHERE = URI.create("https://priming.invalid");
    private static final StaticCredentialsProvider FIXED = StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
    private static final Map<String, AttributeValue> KEY = Map.of("PK", AttributeValue.fromS("P#PRIMING"), "SK", AttributeValue.fromS("P#PRIMING"));

    private SdkPriming() {}

    /** A GetItem, a Query and a PutItem answered in memory. */
    public static void dynamo(CannedAwsHttp http) {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(FIXED).endpointOverride(NOWHERE).build()) {
            dynamo.getItem(r -> r.tableName("priming").key(KEY).consistentRead(true));
            dynamo.query(r -> r.tableName("priming").keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", KEY.get("PK"))).limit(1));
            dynamo.putItem(r -> r.tableName("priming").item(KEY).conditionExpression("attribute_not_exists(PK)"));
        }
        loadUrlConnectionClient();
    }

    /** A SendMessageBatch answered in memory (the SDK then refuses the empty answer's checksums: expected). */
    public static void sqs(CannedAwsHttp http) {
        try (SqsClient sqs = SqsClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(FIXED).endpointOverride(NOWHERE).build()) {
            sqs.getQueueAttributes(r -> r.queueUrl(NOWHERE + "/000000000000/priming"));
            try {
                sqs.sendMessageBatch(r -> r.queueUrl(NOWHERE + "/000000000000/priming.fifo").entries(List.of(
                        SendMessageBatchRequestEntry.builder().id("0").messageBody("{}").messageGroupId("priming")
                                .messageDeduplicationId("priming").build())));
            } catch (RuntimeException expected) {
                // the canned {} carries no per-entry results; the request path is what was wanted
            }
        }
        loadUrlConnectionClient();
    }

    /** The real clients run on the URL-connection client: load its classes without connecting. */
    private static void loadUrlConnectionClient() {
        UrlConnectionHttpClient.builder().build().close();
    }

}
