package app.parley.local.load;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every AWS SDK call made in this JVM by service and operation (a global interceptor,
 * registered in {@code software/amazon/awssdk/global/handlers/execution.interceptors} of the test
 * resources), so a load run can state what one message costs in DynamoDB and SQS requests.
 */
public final class OperationCounter implements ExecutionInterceptor {
    private static final Map<String, LongAdder> CALLS = new ConcurrentHashMap<>();
    private static final boolean DETAIL = Boolean.getBoolean("load.detail");

    /** The key with ids blurred (ULIDs, numbers and wamids as a star), to see which items a message reads. */
    private static String shape(Map<String, AttributeValue> key) {
        StringBuilder out = new StringBuilder();
        key.values().forEach(v -> out.append(v.s() == null ? "?" : v.s().replaceAll("(?<=PHONE#)[^/#]+", "*").replaceAll("[0-9A-Z]{26}|[0-9]{6,}|wamid\\.[^#]*|[a-z]+_[0-9A-Z]+", "*")).append('/'));
        return out.toString();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String name = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "." + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        CALLS.computeIfAbsent(name, n -> new LongAdder()).increment();
        CALLS.computeIfAbsent(caller() + " " + name, n -> new LongAdder()).increment();
        if (context.request() instanceof TransactWriteItemsRequest t) {
            CALLS.computeIfAbsent("DynamoDb.TransactWriteItems(items)", n -> new LongAdder()).add(t.transactItems().size());
        }
        if (DETAIL && context.request() instanceof GetItemRequest get) {
            CALLS.computeIfAbsent(caller() + " " + name + " " + shape(get.key()), n -> new LongAdder()).increment();
        }
        if (DETAIL && context.request() instanceof BatchGetItemRequest batch) {
            batch.requestItems().values().forEach(keys -> keys.keys().forEach(key ->
                    CALLS.computeIfAbsent(caller() + " " + name + "(item) " + shape(key), n -> new LongAdder()).increment()));
        }
    }

    /** The local stack's queue workers are named {@code <function>-worker-n}; anything else is HTTP or the test. */
    private static String caller() {
        String thread = Thread.currentThread().getName();
        int worker = thread.indexOf("-worker-");
        if (worker > 0) return thread.substring(0, worker);
        return thread.endsWith("-poller") ? thread.substring(0, thread.length() - 7) + "(poll)" : "other";
    }

    /** Per call ({@code Service.Operation}) and per caller and call ({@code function Service.Operation}). */
    public static Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        CALLS.forEach((name, count) -> copy.put(name, count.sum()));
        return copy;
    }

    /** {@code after - before} per operation, leaving out the ones that did not move. */
    public static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((name, count) -> {
            long d = count - before.getOrDefault(name, 0L);
            if (d > 0) delta.put(name, d);
        });
        return delta;
    }
}
