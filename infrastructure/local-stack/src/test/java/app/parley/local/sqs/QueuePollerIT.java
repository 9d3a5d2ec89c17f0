package app.parley.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static app.parley.local.Eventually.within;

import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.EmbeddedSqs;
import app.parley.local.lambda.FunctionContainer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

class QueuePollerIT {
    private static final AtomicInteger STACKS = new AtomicInteger();
    private static EmbeddedSqs sqs;
    private static SqsClient client;

    private Map<String, String> urls;
    private String stack;

    @BeforeAll
    static void engine() {
        sqs = EmbeddedSqs.start(null);
        client = sqs.client();
    }

    @AfterAll
    static void stopEngine() {
        client.close();
        sqs.close();
    }

    /** Fresh queues for every test. */
    private void queues() {
        stack = "t" + STACKS.incrementAndGet();
        urls = sqs.createQueues(CloudTemplate.load(Path.of("src/test/resources/poller-queues.yaml"), stack));
    }

    @Test
    void delivers_the_queue_in_batches_of_batch_size() {
        queues();
        send("BatchQueue", List.of("1", "2", "3", "4", "5", "6", "7"), null);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        try (var poller = poller("BatchQueue", false, 3, 1, (event, ctx) -> {
            sizes.add(event.getRecords().size());
            return null;
        })) {
            within(Duration.ofSeconds(10), () -> sizes.stream().mapToInt(i -> i).sum() == 7);
        }
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(visibleAndInFlight("BatchQueue")).isZero();
    }

    @Test
    void a_failed_record_is_redelivered_alone() {
        queues();
        send("BatchQueue", List.of("ok-1", "fails-once", "ok-2"), null);
        List<List<String>> deliveries = new CopyOnWriteArrayList<>();
        try (var poller = poller("BatchQueue", true, 10, 1, (event, ctx) -> {
            deliveries.add(bodies(event));
            return failures(event, m -> m.getBody().equals("fails-once") && m.getAttributes().get("ApproximateReceiveCount").equals("1"));
        })) {
            within(Duration.ofSeconds(10), () -> deliveries.size() == 2);
        }
        assertThat(deliveries.get(0)).containsExactlyInAnyOrder("ok-1", "fails-once", "ok-2");
        assertThat(deliveries.get(1)).containsExactly("fails-once");
    }

    @Test
    void a_thrown_exception_fails_the_whole_batch() {
        queues();
        send("BatchQueue", List.of("a", "b"), null);
        AtomicInteger calls = new AtomicInteger();
        List<String> delivered = new CopyOnWriteArrayList<>();
        try (var poller = poller("BatchQueue", true, 10, 1, (event, ctx) -> {
            delivered.addAll(bodies(event));
            if (calls.incrementAndGet() == 1) throw new IllegalStateException("handler crashed");
            return new SQSBatchResponse(List.of());
        })) {
            within(Duration.ofSeconds(10), () -> delivered.size() == 4);
        }
        assertThat(delivered).containsExactlyInAnyOrder("a", "b", "a", "b");
    }

    @Test
    void a_message_failing_max_receive_count_times_lands_in_the_dead_letter_queue() {
        queues();
        send("BatchQueue", List.of("poison"), null);
        AtomicInteger attempts = new AtomicInteger();
        try (var poller = poller("BatchQueue", true, 10, 1, (event, ctx) -> {
            attempts.incrementAndGet();
            return failures(event, m -> true);
        })) {
            within(Duration.ofSeconds(15), () -> !peek("BatchDeadLetterQueue").isEmpty());
        }
        assertThat(attempts).hasValue(2);
        assertThat(peek("BatchDeadLetterQueue")).extracting(Message::body).containsExactly("poison");
    }

    @Test
    void each_fifo_group_is_processed_in_order_while_groups_run_in_parallel() {
        queues();
        int groups = 20;
        int perGroup = 50;
        for (int g = 0; g < groups; g++) {
            String group = "g" + g;
            send("OrderedQueue", IntStream.range(0, perGroup).mapToObj(i -> group + ":" + i).toList(), group);
        }
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        Set<String> inProgress = ConcurrentHashMap.newKeySet();
        AtomicInteger overlapsWithinAGroup = new AtomicInteger();
        AtomicInteger mostGroupsAtOnce = new AtomicInteger();
        AtomicBoolean firstInvocation = new AtomicBoolean(true);   // holds its group until another group runs
        try (var poller = poller("OrderedQueue", true, 10, 5, (event, ctx) -> {
            String group = event.getRecords().get(0).getAttributes().get("MessageGroupId");
            if (!inProgress.add(group)) overlapsWithinAGroup.incrementAndGet();
            if (firstInvocation.getAndSet(false)) waitUntil(() -> inProgress.size() > 1, Duration.ofSeconds(5));
            mostGroupsAtOnce.accumulateAndGet(inProgress.size(), Math::max);
            for (var record : event.getRecords()) {
                String[] parts = record.getBody().split(":");
                assertThat(parts[0]).isEqualTo(group);
                seen.computeIfAbsent(group, k -> Collections.synchronizedList(new ArrayList<>())).add(Integer.parseInt(parts[1]));
            }
            sleep(5);
            inProgress.remove(group);
            return new SQSBatchResponse(List.of());
        })) {
            within(Duration.ofSeconds(60), () -> seen.values().stream().mapToInt(List::size).sum() >= groups * perGroup);
        }
        List<Integer> expected = IntStream.range(0, perGroup).boxed().toList();
        assertThat(seen).hasSize(groups);
        seen.forEach((group, order) -> assertThat(order).as(group).isEqualTo(expected));
        assertThat(overlapsWithinAGroup).hasValue(0);
        assertThat(mostGroupsAtOnce.get()).isGreaterThan(1);
    }

    private QueuePoller poller(String queue, boolean reportsFailures, int batchSize, int concurrency,
                               RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        String url = urls.get(queue);
        String name = url.substring(url.lastIndexOf('/') + 1);
        var settings = new QueueTriggerSettings(url, EmbeddedSqs.queueArn(name), name.endsWith(".fifo"), batchSize,
                reportsFailures, concurrency);
        return new QueuePoller(client, settings, new FunctionContainer(queue + "-consumer", handler)).start();
    }

    private void send(String queue, List<String> bodies, String group) {
        for (int from = 0; from < bodies.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = from; i < Math.min(bodies.size(), from + 10); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(bodies.get(i)).messageGroupId(group).build());
            }
            var result = client.sendMessageBatch(b -> b.queueUrl(urls.get(queue)).entries(entries));
            assertThat(result.failed()).isEmpty();
        }
    }

    private List<Message> peek(String queue) {
        return client.receiveMessage(b -> b.queueUrl(urls.get(queue)).maxNumberOfMessages(10).visibilityTimeout(0)).messages();
    }

    private int visibleAndInFlight(String queue) {
        var attributes = client.getQueueAttributes(b -> b.queueUrl(urls.get(queue)).attributeNamesWithStrings(
                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")).attributesAsStrings();
        return Integer.parseInt(attributes.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(attributes.get("ApproximateNumberOfMessagesNotVisible"));
    }

    private static List<String> bodies(SQSEvent event) {
        return event.getRecords().stream().map(SQSEvent.SQSMessage::getBody).toList();
    }

    private static SQSBatchResponse failures(SQSEvent event, java.util.function.Predicate<SQSEvent.SQSMessage> failing) {
        return new SQSBatchResponse(event.getRecords().stream().filter(failing)
                .map(m -> new SQSBatchResponse.BatchItemFailure(m.getMessageId())).toList());
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) sleep(5);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
