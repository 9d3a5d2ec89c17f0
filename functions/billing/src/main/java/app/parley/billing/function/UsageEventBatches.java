package app.parley.billing.function;

import app.parley.billing.application.MeteringUsage;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageEventJson;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of usage events, metered in one call. A body that is not a usage event fails
 * alone (and reaches the DLQ after the queue's receives); a failed write fails the batch's
 * events, which is safe to redeliver: each event id counts once.
 */
final class UsageEventBatches {
    private static final Logger LOG = LoggerFactory.getLogger(UsageEventBatches.class);
    private final MeteringUsage metering;

    UsageEventBatches(MeteringUsage metering) { this.metering = metering; }

    SQSBatchResponse handle(SQSEvent batch) {
        List<BatchItemFailure> failures = new ArrayList<>();
        List<UsageEvent> events = new ArrayList<>();
        List<String> eventMessages = new ArrayList<>();
        for (SQSEvent.SQSMessage message : batch.getRecords()) {
            switch (UsageEventJson.read(message.getBody())) {
                case UsageEventJson.Parse.Parsed p -> { events.add(p.event()); eventMessages.add(message.getMessageId()); }
                case UsageEventJson.Parse.Invalid invalid -> {
                    LOG.warn("usage message {} is not a usage event: {}", message.getMessageId(), invalid.reason());
                    failures.add(new BatchItemFailure(message.getMessageId()));
                }
            }
        }
        try {
            if (!events.isEmpty()) metering.record(events);
        } catch (RuntimeException e) {
            LOG.warn("usage batch not stored, it will be redelivered", e);
            eventMessages.forEach(id -> failures.add(new BatchItemFailure(id)));
        }
        return new SQSBatchResponse(failures);
    }
}
