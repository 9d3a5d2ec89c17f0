package app.parley.messaging.application;

import app.parley.config.InvocationLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a FIFO batch in order. Once a message of a group fails, the later messages of that group
 * are not touched and fail with it, so no message overtakes an earlier one of the same customer.
 * A thrown exception is a failure of that message only (logged), never of the whole batch.
 */
public final class FifoBatch {
    private static final Logger LOG = LoggerFactory.getLogger(FifoBatch.class);

    public record Failure(QueueItem item, Optional<java.time.Duration> retryAfter) {}

    private FifoBatch() {}

    public static List<Failure> run(List<QueueItem> items, Function<QueueItem, ItemResult> work) {
        List<Failure> failures = new ArrayList<>();
        Map<String, Failure> failedGroups = new HashMap<>();
        for (QueueItem item : items) {
            Failure earlier = failedGroups.get(item.groupId());
            if (earlier != null) {
                failures.add(new Failure(item, earlier.retryAfter()));
                continue;
            }
            if (attempt(item, work) instanceof ItemResult.Retry retry) {
                Failure failure = new Failure(item, retry.after());
                failures.add(failure);
                failedGroups.put(item.groupId(), failure);
            }
        }
        return failures;
    }

    private static ItemResult attempt(QueueItem item, Function<QueueItem, ItemResult> work) {
        return InvocationLog.forMessage(item.id(), () -> {
            try {
                return work.apply(item);
            } catch (RuntimeException e) {
                LOG.error("queue message {} (group {}, receive {}) failed", item.id(), item.groupId(), item.receiveCount(), e);
                return new ItemResult.Retry(Optional.empty());
            }
        });
    }
}
