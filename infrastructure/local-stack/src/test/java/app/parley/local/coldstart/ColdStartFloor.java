package app.parley.local.coldstart;

import app.parley.config.AwsClientDefaults;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The least any queue function of ours can do with the libraries it is built on, for the cold-start benchmark's floor row:
 * the DynamoDB and SQS clients built as ours are, a Jackson mapper, and per record one GetItem, one TransactWriteItems and
 * one SendMessageBatch (to a queue of its own, {@code FLOOR_QUEUE_URL}, so no worker of the stack sees it). No tenant logic, no encryption, no
 * start-up thread: what is left of a function's cold start above this is our code's.
 */
public final class ColdStartFloor implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(AwsClientDefaults.httpClient())
            .region(AwsClientDefaults.region()).credentialsProvider(AwsClientDefaults.credentials())
            .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB"))).build();
    private final SqsClient sqs = SqsClient.builder().httpClient(AwsClientDefaults.httpClient())
            .region(AwsClientDefaults.region()).credentialsProvider(AwsClientDefaults.credentials())
            .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_SQS"))).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String table = System.getenv("PLATFORM_TABLE");
    private final String queue = System.getenv("FLOOR_QUEUE_URL");

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage record : event.getRecords()) {
            String body = json(read(record.getBody()));
            Map<String, AttributeValue> key = Map.of("PK", s("COLDSTART#floor"), "SK", s(record.getMessageId()));
            dynamo.getItem(b -> b.tableName(table).key(key));
            dynamo.transactWriteItems(b -> b.transactItems(t -> t.put(p -> p.tableName(table)
                    .item(Map.of("PK", key.get("PK"), "SK", key.get("SK"), "body", s(body))))));
            sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(e -> e.id("1").messageBody(body)));
        }
        return new SQSBatchResponse(List.of());
    }

    private Map<?, ?> read(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }
}
