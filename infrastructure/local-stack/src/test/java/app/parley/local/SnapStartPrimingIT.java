package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.engines.CloudTemplate;
import app.parley.snapstart.Primed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Every handler of the template runs its SnapStart priming on the local engines: no step fails and nothing is written or queued. */
class SnapStartPrimingIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private final PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void every_handler_primes_without_failing_steps_and_leaves_tables_and_queues_as_they_were() throws Exception {
        LaunchOptions options = new LaunchOptions(Optional.empty(), 0, TEMPLATE, Optional.empty());
        try (LocalStack stack = LocalStack.start(options, List.of(), console)) {
            Map<String, String> env = stack.environment().values();
            CloudTemplate template = CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME);
            Map<String, Integer> before = state(env, template);

            for (CloudTemplate.FunctionSpec function : template.functions()) {
                Object handler = Class.forName(function.handlerClass()).getDeclaredConstructor().newInstance();
                assertThat(handler).as(function.logicalId()).isInstanceOf(Primed.class);
                assertThat(((Primed) handler).priming().prime()).as("%s's failed priming steps", function.logicalId()).isEmpty();
            }

            assertThat(state(env, template)).as("items per table, messages per queue").isEqualTo(before);
        }
    }

    /** Items in every table and messages (visible and in flight) in every queue. */
    private static Map<String, Integer> state(Map<String, String> env, CloudTemplate template) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        Map<String, Integer> state = new TreeMap<>();
        try (DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL_DYNAMODB"))).build();
             SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL_SQS"))).build()) {
            for (CloudTemplate.TableSpec table : template.tables()) state.put(table.name(), dynamo.scan(r -> r.tableName(table.name())).count());
            for (CloudTemplate.QueueSpec queue : template.queues()) {
                String url = sqs.getQueueUrl(r -> r.queueName(queue.name())).queueUrl();
                var attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                state.put(queue.name(), Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                        + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)));
            }
        }
        return state;
    }
}
