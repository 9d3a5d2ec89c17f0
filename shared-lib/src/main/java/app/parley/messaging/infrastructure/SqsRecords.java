package app.parley.messaging.infrastructure;

import app.parley.config.InvocationLog;
import app.parley.messaging.application.FifoBatch;
import app.parley.messaging.application.QueueItem;
import app.parley.messaging.model.EnvelopeKind;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lambda's SQS event records as plain queue items, and failures as a partial batch response. */
public final class SqsRecords {
    private static final Logger LOG = LoggerFactory.getLogger(SqsRecords.class);

    private SqsRecords() {}

    public static List<QueueItem> items(SQSEvent event) {
        return event.getRecords().stream().map(SqsRecords::item).toList();
    }

    public static SQSBatchResponse response(List<FifoBatch.Failure> failures) {
        return SQSBatchResponse.builder().withBatchItemFailures(failures.stream()
                .map(f -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(f.item().id()).build()).toList()).build();
    }

    /**
     * A standard queue's batch: every record handled on its own; the ones that threw are logged and
     * reported, so only they are redelivered (and dead-lettered after the queue's receives).
     */
    public static SQSBatchResponse eachOnItsOwn(SQSEvent event, String what, Consumer<SQSEvent.SQSMessage> handle) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            boolean handled = InvocationLog.forMessage(message.getMessageId(), () -> {
                try {
                    handle.accept(message);
                    return true;
                } catch (RuntimeException e) {
                    LOG.error("{} {} failed; it is retried, then dead-lettered", what, message.getMessageId(), e);
                    return false;
                }
            });
            if (!handled) failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(message.getMessageId()).build());
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private static QueueItem item(SQSEvent.SQSMessage m) {
        Map<String, String> attributes = m.getAttributes() == null ? Map.of() : m.getAttributes();
        var kind = m.getMessageAttributes() == null ? null : m.getMessageAttributes().get(EnvelopeKind.ATTRIBUTE);
        return new QueueItem(m.getMessageId(), m.getReceiptHandle(), attributes.getOrDefault("MessageGroupId", m.getMessageId()),
                Integer.parseInt(attributes.getOrDefault("ApproximateReceiveCount", "1")),
                Optional.ofNullable(kind).flatMap(k -> EnvelopeKind.parse(k.getStringValue())), m.getBody());
    }
}
