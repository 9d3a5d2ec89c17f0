package app.parley.messaging.infrastructure;

import app.parley.messaging.application.FifoBatch;
import app.parley.messaging.application.QueueItem;
import app.parley.messaging.model.EnvelopeKind;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lambda's SQS event records as plain queue items, and failures as a partial batch response. */
public final class SqsRecords {
    private SqsRecords() {}

    public static List<QueueItem> items(SQSEvent event) {
        return event.getRecords().stream().map(SqsRecords::item).toList();
    }

    public static SQSBatchResponse response(List<FifoBatch.Failure> failures) {
        return SQSBatchResponse.builder().withBatchItemFailures(failures.stream()
                .map(f -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(f.item().id()).build()).toList()).build();
    }

    private static QueueItem item(SQSEvent.SQSMessage m) {
        Map<String, String> attributes = m.getAttributes() == null ? Map.of() : m.getAttributes();
        var kind = m.getMessageAttributes() == null ? null : m.getMessageAttributes().get(EnvelopeKind.ATTRIBUTE);
        return new QueueItem(m.getMessageId(), m.getReceiptHandle(), attributes.getOrDefault("MessageGroupId", m.getMessageId()),
                Integer.parseInt(attributes.getOrDefault("ApproximateReceiveCount", "1")),
                Optional.ofNullable(kind).flatMap(k -> EnvelopeKind.parse(k.getStringValue())), m.getBody());
    }
}
